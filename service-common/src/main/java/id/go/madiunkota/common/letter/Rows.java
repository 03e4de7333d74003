package id.go.madiunkota.common.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The label : value lines of a letter's facts table, in order; a value that is null or blank is left out, so a letter
 * never shows an empty line for a fact the record does not have.
 */
public final class Rows {

    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** Adds the line {@code label : value} when there is a value. */
    public Rows add(String label, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            rows.add(Map.of("label", label, "value", String.valueOf(value)));
        }
        return this;
    }

    /** The lines, for a template ({@code {#for row in facts.rows}{row.label}: {row.value}{/for}}). */
    public List<Map<String, Object>> list() {
        return List.copyOf(rows);
    }
}
