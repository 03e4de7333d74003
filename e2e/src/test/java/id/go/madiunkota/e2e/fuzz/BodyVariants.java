package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** Sends every body variant of {@code op} (which takes a body) to {@code sink}. */
    public static void of(Operation op, Sink sink) {
        JsonNode base = Examples.exampleOf(op.body());
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
        fields(op.body(), base, "", base, sink);
    }

    /** Walks the example: every field (the first item of an array stands for all) gets its hostile values. */
    private static void fields(JsonNode schema, JsonNode value, String at, JsonNode base, Sink sink) {
        if (value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode original = object.get(name);
                JsonNode fieldSchema = schema.path("properties").has(name) ? schema.path("properties").path(name)
                        : schema.path("additionalProperties");
                String path = at.isEmpty() ? name : at + "." + name;
                for (FieldValues.Value hostile : FieldValues.of(fieldSchema, original)) {
                    object.set(name, new TextNode(MARK));
                    sink.accept("body " + path + ": " + hostile.name(), JSON,
                            bytes(base.toString().replace("\"" + MARK + "\"", hostile.json())));
                }
                object.set(name, original);
                fields(fieldSchema, original, path, base, sink);
            }
        } else if (value.isArray() && !value.isEmpty()) {
            fields(schema.path("items"), value.get(0), at + "[0]", base, sink);
        }
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
