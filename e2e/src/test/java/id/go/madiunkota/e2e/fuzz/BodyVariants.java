package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body variants of an operation that takes a JSON body: the valid example under wrong Content-Types, broken as a
 * whole (empty, truncated, 10,000 levels deep, an array instead of an object, duplicate keys, invalid UTF-8), and
 * with one field at a time replaced by a hostile value ({@link FieldValues}).
 */
public final class BodyVariants {

    /** Receives one body variant: its name, its Content-Type (null: the header is left out) and its bytes. */
    @FunctionalInterface
    public interface Sink {
        void accept(String name, String contentType, byte[] body);
    }

    /** Stands in the serialised body for the raw JSON text of a field's hostile value. */
    private static final String MARK = "@@fuzz-value@@";
    private static final String JSON = "application/json";

    private BodyVariants() {
    }

    /** The valid body the variants start from: the example with the required fields only. */
    public static JsonNode base(Operation op) {
        return prune(op.body(), Examples.exampleOf(op.body()), List.of());
    }

    /** Sends every body variant of {@code op} (which takes a body) to {@code sink}. */
    public static void of(Operation op, Sink sink) {
        JsonNode full = Examples.exampleOf(op.body());
        JsonNode base = prune(op.body(), full, List.of());
        String text = base.toString();
        sink.accept("Content-Type: text/plain", "text/plain", bytes(text));
        sink.accept("Content-Type: application/xml", "application/xml", bytes("<request><a>1</a></request>"));
        sink.accept("Content-Type: multipart without boundary", "multipart/form-data", bytes(text));
        sink.accept("Content-Type: missing", null, bytes(text));
        sink.accept("Content-Type: JSON in UTF-16 said, UTF-8 sent", JSON + "; charset=UTF-16", bytes(text));
        sink.accept("body: empty", JSON, new byte[0]);
        sink.accept("body: truncated JSON", JSON, bytes(text.substring(0, text.length() / 2)));
        sink.accept("body: 10,000 levels of arrays", JSON, bytes(deepArrays(10_000)));
        sink.accept("body: 10,000 levels of objects", JSON, bytes("{\"a\":".repeat(10_000) + "1"
                + "}".repeat(10_000)));
        sink.accept("body: array instead of object", JSON, bytes("[" + text + "]"));
        sink.accept("body: null", JSON, bytes("null"));
        sink.accept("body: a JSON string", JSON, bytes("\"" + HostileValues.RTL + "\""));
        sink.accept("body: trailing garbage", JSON, bytes(text + "}]\u0000"));
        sink.accept("body: invalid UTF-8", JSON, invalidUtf8(text));
        if (base.isObject() && base.size() > 0) {
            String first = base.fieldNames().next();
            sink.accept("body: duplicate key " + first, JSON, bytes(text.substring(0, text.length() - 1) + ",\""
                    + first + "\":" + base.get(first) + "}"));
        }
        fields(op.body(), full, new ArrayList<>(), full, op.body(), sink);
    }

    /**
     * Walks the full example: every field (the first item of an array stands for all) gets its hostile values, each
     * sent in a body of the required fields plus the optional ones on the way to that field.
     */
    private static void fields(JsonNode schema, JsonNode value, List<String> at, JsonNode full, JsonNode root,
            Sink sink) {
        if (value.isObject()) {
            List<String> names = new ArrayList<>();
            value.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode fieldSchema = child(schema, name);
                at.add(name);
                for (FieldValues.Value hostile : FieldValues.of(fieldSchema, value.get(name))) {
                    JsonNode body = prune(root, full, at);
                    set(body, at, new TextNode(MARK));
                    sink.accept("body " + String.join(".", at).replace(".[", "[") + ": " + hostile.name(), JSON,
                            bytes(body.toString().replace("\"" + MARK + "\"", hostile.json())));
                }
                fields(fieldSchema, value.get(name), at, full, root, sink);
                at.removeLast();
            }
        } else if (value.isArray() && !value.isEmpty()) {
            at.add("[0]");
            fields(schema.path("items"), value.get(0), at, full, root, sink);
            at.removeLast();
        }
    }

    /**
     * A copy of {@code value} with only the required properties of each object, and the optional ones named by
     * {@code keep} (a path: property names and {@code [0]} for an array's first item). Objects without declared
     * properties (maps) keep all their entries.
     */
    static JsonNode prune(JsonNode schema, JsonNode value, List<String> keep) {
        String next = keep.isEmpty() ? null : keep.getFirst();
        List<String> rest = keep.isEmpty() ? List.of() : keep.subList(1, keep.size());
        if (value.isObject() && schema.has("properties")) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            value.properties().forEach(field -> {
                boolean onPath = field.getKey().equals(next);
                if (onPath || required.contains(field.getKey()) || !staffOnly(child(schema, field.getKey()))) {
                    out.set(field.getKey(), prune(child(schema, field.getKey()), field.getValue(),
                            onPath ? rest : List.of()));
                }
            });
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                out.add(prune(schema.path("items"), value.get(i), i == 0 && "[0]".equals(next) ? rest : List.of()));
            }
            return out;
        }
        return value.deepCopy();
    }

    /** Sets the value at {@code path} (which {@link #prune} kept) in {@code body}. */
    private static void set(JsonNode body, List<String> path, JsonNode value) {
        JsonNode parent = body;
        for (String step : path.subList(0, path.size() - 1)) {
            parent = step.equals("[0]") ? parent.get(0) : parent.get(step);
        }
        String last = path.getLast();
        if (last.equals("[0]")) {
            ((ArrayNode) parent).set(0, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** Whether the field is documented as one only staff may set (an anonymous caller's request fails with it). */
    private static boolean staffOnly(JsonNode schema) {
        return schema.path("description").asText().startsWith("Staff only");
    }

    private static JsonNode child(JsonNode schema, String name) {
        return schema.path("properties").has(name) ? schema.path("properties").path(name)
                : schema.path("additionalProperties");
    }

    /** {@code levels} nested empty arrays. */
    static String deepArrays(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The body with its first string's first character replaced by bytes that are not UTF-8. */
    private static byte[] invalidUtf8(String text) {
        byte[] utf8 = bytes(text.replaceFirst(":\"", ":\"\u0001"));
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == 1) {
                utf8[i] = (byte) 0xC3;
                byte[] out = new byte[utf8.length + 1];
                System.arraycopy(utf8, 0, out, 0, i + 1);
                out[i + 1] = (byte) 0x28;
                System.arraycopy(utf8, i + 1, out, i + 2, utf8.length - i - 1);
                return out;
            }
        }
        return bytes(text.toLowerCase(Locale.ROOT) + "\u00ff");
    }

}
