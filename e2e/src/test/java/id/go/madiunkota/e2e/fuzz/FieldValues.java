package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hostile values one body field is replaced by, chosen by its schema: wrong types and null for every field; for
 * strings 100 kB, NUL, control characters, RTL override, 4-byte emoji and ASCII at the documented maximum length,
 * blank; for dates the edges of {@code LocalDate} and an impossible day; for numbers 1e400, a 20-digit integer,
 * negative values, a fraction; for enums an unknown and a lower-case value; for arrays 10,000 items.
 */
public final class FieldValues {

    /** One hostile value: its name in the tables and its raw JSON text. */
    public record Value(String name, String json) {
    }

    /** Length of the long string: 100 kB. */
    public static final int LONG = 100 * 1024;
    /** Emoji sent when the schema gives no maximum length. */
    private static final int EMOJI_WITHOUT_MAXIMUM = 200;

    private FieldValues() {
    }

    /** The hostile values for a field of {@code schema} whose valid example is {@code example}. */
    public static List<Value> of(JsonNode schema, JsonNode example) {
        List<Value> values = new ArrayList<>();
        String type = example != null && example.isTextual() ? "string" : Examples.type(schema);
        switch (type) {
            case "integer", "number" -> {
                values.add(new Value("1e400", HostileValues.HUGE_DOUBLE));
                values.add(new Value("20-digit integer", HostileValues.HUGE_INTEGER));
                values.add(new Value("negative", "-1"));
                values.add(new Value("below int range", "-2147483649"));
                values.add(new Value("fraction", "1.5"));
                values.add(new Value("wrong type: string", "\"12\""));
                values.add(new Value("wrong type: boolean", "true"));
            }
            case "boolean" -> {
                values.add(new Value("wrong type: string", "\"yes\""));
                values.add(new Value("wrong type: number", "1"));
            }
            case "object" -> {
                values.add(new Value("wrong type: string", string(HostileValues.RTL)));
                values.add(new Value("wrong type: array", "[]"));
                values.add(new Value("empty object", "{}"));
            }
            case "array" -> {
                values.add(new Value("wrong type: object", "{}"));
                values.add(new Value("null item", "[null]"));
                values.add(new Value("10,000 items", "[" + "0,".repeat(9_999) + "0]"));
            }
            default -> strings(schema, example, values);
        }
        values.add(new Value("null", "null"));
        return values;
    }

    private static void strings(JsonNode schema, JsonNode example, List<Value> values) {
        String text = example == null ? "" : example.asText();
        String format = schema.path("format").asText();
        values.add(new Value("wrong type: number", "12345"));
        values.add(new Value("wrong type: object", "{\"a\":1}"));
        values.add(new Value("100 kB", string(HostileValues.repeat("A", LONG))));
        values.add(new Value("NUL inside", string("ab\u0000cd")));
        values.add(new Value("control characters", string("\u0007\u001b[31m\r\n\u0085")));
        values.add(new Value("RTL override", string(HostileValues.RTL)));
        values.add(new Value("blank", string("   ")));
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            values.add(new Value("ASCII at max length " + max, string(HostileValues.repeat("M", max))));
            values.add(new Value("emoji at max length (" + max / 2 + " emoji)",
                    string(HostileValues.repeat(HostileValues.EMOJI, max / 2))));
        } else {
            values.add(new Value(EMOJI_WITHOUT_MAXIMUM + " emoji",
                    string(HostileValues.repeat(HostileValues.EMOJI, EMOJI_WITHOUT_MAXIMUM))));
        }
        if (format.equals("date") || format.equals("date-time") || text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            boolean time = format.equals("date-time") || text.contains("T");
            values.add(new Value("max date", string(time ? HostileValues.MAX_DATE_TIME : HostileValues.MAX_DATE)));
            values.add(new Value("min date", string(time ? HostileValues.MIN_DATE_TIME : "-999999999-01-01")));
            values.add(new Value("no such date", string(HostileValues.NO_SUCH_DATE + (time ? "T25:61:00Z" : ""))));
        }
        if (format.equals("uuid")) {
            values.add(new Value("malformed UUID", string("123e4567-e89b-12d3-a456-42661417400Z")));
            values.add(new Value("nil UUID", string("00000000-0000-0000-0000-000000000000")));
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            values.add(new Value("unknown enum value", string("NOT_A_VALUE")));
            values.add(new Value("lower-case enum value",
                    string(schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT))));
        }
    }

    private static String string(String value) {
        return new TextNode(value).toString();
    }
}
