package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A form as the visitor sent it, and what the API said of it. The fields are named as the API names them
 * ({@code applicant.nik}), so that an error the API gives for {@code applicant.nik} is shown next to the input of that
 * name, in the page's language (the API answers in the language the portal asks for). Nothing typed is lost: a form
 * that comes back with errors is rendered with every value as it was sent.
 *
 * <p>Templates read {@code form.value('applicant.nik')}, {@code form.error('applicant.nik')}, {@code form.errors}
 * (in the order the API gave them, for the summary at the top of the form) and {@code form.problem} (the answer's
 * detail when it names no field).
 */
public final class Form {

    /** The hidden field that carries one idempotency key per form shown, so a double click files once. */
    public static final String KEY_FIELD = "_key";

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    private Form(Map<String, String> values) {
        this.values = values;
    }

    /** An empty form, with a fresh idempotency key. */
    public static Form empty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KEY_FIELD, UUID.randomUUID().toString());
        return new Form(values);
    }

    /** The form as posted; a value is stripped of surrounding white space, an empty value is absent. */
    public static Form of(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> {
            String value = list.isEmpty() ? null : list.get(0);
            if (value != null && !value.strip().isEmpty()) {
                values.put(name, value.strip());
            }
        });
        return new Form(values);
    }

    /** The value typed, or empty text. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The value typed, or null when nothing was. */
    public String valueOrNull(String name) {
        return values.get(name);
    }

    /** Whether the value is this one (for a radio button or an option shown selected). */
    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }

    /** The idempotency key of the form shown. */
    public String key() {
        return values.getOrDefault(KEY_FIELD, "");
    }

    /** The message for the field, or null. */
    public String error(String name) {
        return errors.get(name);
    }

    /** Every field's message, in the order the API gave them. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The answer's own words when they name no field, or null. */
    public String problem() {
        return problem;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    /** Sets a value the visitor did not type (a choice made by the link that led to the form). */
    public Form preset(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** Adds a message the portal found itself (before asking the API). */
    public Form reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /**
     * Takes the API's problem answer: each {@code errors[{field, message}]} to its field (the first message of a
     * field wins), and the {@code detail} (else the {@code title}) as the form's own problem when no field is named
     * or the field named is not one of {@code known}.
     */
    public Form problem(JsonNode answer, List<String> known) {
        for (JsonNode error : answer.path("errors")) {
            String field = error.path("field").asText("");
            String message = error.path("message").asText("");
            if (known.contains(field)) {
                errors.putIfAbsent(field, message);
            } else if (problem == null) {
                problem = message.isEmpty() ? answer.path("detail").asText(null) : message;
            }
        }
        if (errors.isEmpty() && problem == null) {
            problem = answer.hasNonNull("detail") ? answer.path("detail").asText() : answer.path("title").asText();
        }
        return this;
    }

    /**
     * The JSON body for these fields: {@code applicant.name} becomes {@code {"applicant": {"name": …}}}; a field
     * left empty is left out, so the API says which required one is missing.
     */
    public ObjectNode json(List<String> names) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            String value = values.get(name);
            if (value == null) {
                continue;
            }
            ObjectNode parent = body;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.put(parts[parts.length - 1], value);
        }
        return body;
    }
}
