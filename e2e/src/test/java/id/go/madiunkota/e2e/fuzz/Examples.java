package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid value for a schema, from its documented examples where there are some: the starting point every hostile
 * variant changes one thing of.
 *
 * <p>Dates and times are moved {@value #YEARS_AHEAD} years ahead (same weekday, as long as no century year without
 * 29 February lies between): a record the fuzz run creates with valid data then lies far from anything the stories
 * schedule, and a standard, checklist or non-working day it publishes takes effect only then, so the other tests and
 * the calendar of the running stack are not changed.
 */
public final class Examples {

    /** How far ahead example dates are moved: a multiple of 28 years keeps the weekday within 1901–2099. */
    public static final int YEARS_AHEAD = 56;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(-\\d{2}-\\d{2}.*)$");
    /** How many items a made-up array gets when its schema asks for none. */
    private static final int DEFAULT_ITEMS = 1;

    private Examples() {
    }

    /** A valid value for {@code schema}: its example, else its first enum value, else one made from its type. */
    public static JsonNode exampleOf(JsonNode schema) {
        return exampleOf(schema, 0);
    }

    private static JsonNode exampleOf(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 10) {
            return NODES.textNode("x");
        }
        if (schema.has("example")) {
            return shifted(schema.get("example"));
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return shifted(schema.path("examples").get(0));
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(string(schema));
        };
    }

    /** The schema's type: its {@code type}, or {@code object} when it has properties, else {@code string}. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray() && !type.isEmpty()) {
            return type.get(0).asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
    }

    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties()
                .forEach(p -> object.set(p.getKey(), exampleOf(p.getValue(), depth + 1)));
        return object;
    }

    private static ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(DEFAULT_ITEMS, schema.path("minItems").asInt(DEFAULT_ITEMS));
        JsonNode item = exampleOf(schema.path("items"), depth + 1);
        for (int i = 0; i < items; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    private static String string(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
            case "date" -> shift("2026-12-08");
            case "date-time" -> shift("2026-12-08T09:00:00+07:00");
            case "email" -> "fuzz@example.id";
            case "uri" -> "https://example.id/fuzz";
            default -> "Uji fuzz";
        };
    }

    /** The example with every date and time in it moved {@link #YEARS_AHEAD} years ahead. */
    static JsonNode shifted(JsonNode example) {
        if (example.isTextual()) {
            return new TextNode(shift(example.asText()));
        }
        if (example.isContainerNode()) {
            JsonNode copy = example.deepCopy();
            if (copy.isObject()) {
                ObjectNode object = (ObjectNode) copy;
                for (String name : java.util.List.copyOf(object.properties().stream().map(e -> e.getKey()).toList())) {
                    object.set(name, shifted(object.get(name)));
                }
            } else {
                ArrayNode array = (ArrayNode) copy;
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, shifted(array.get(i)));
                }
            }
            return copy;
        }
        return example;
    }

    private static String shift(String text) {
        Matcher date = YEAR.matcher(text);
        if (!date.matches()) {
            return text;
        }
        return (Integer.parseInt(date.group(1)) + YEARS_AHEAD) + date.group(2);
    }
}
