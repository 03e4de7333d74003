package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of the merged OpenAPI document, with every {@code $ref} of its parameters and body resolved.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, such as {@code /api/ppid/requests/{id}/decision}
 * @param parameters its path, query and header parameters
 * @param body the schema of its JSON request body, or null when it takes none
 */
public record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}), its name, schema and example. */
    public record Parameter(String in, String name, boolean required, JsonNode schema, JsonNode example) {
    }

    /** The parameters that go in {@code in}. */
    public List<Parameter> in(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** How the operation is named in the tables: method and path template. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
