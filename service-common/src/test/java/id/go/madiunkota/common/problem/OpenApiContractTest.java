package id.go.madiunkota.common.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service's OpenAPI document must say, run by each service against its own document (a service's
 * {@code OpenApiTest} extends this and is a {@code @QuarkusTest}): every operation has a summary and a success answer,
 * every error answer is problem+json, the error answers each kind of operation can give are all listed, and every
 * request body comes with an example value for each of its fields, so integrators can try it from the Swagger UI.
 */
public abstract class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The service's REST prefix, such as {@code /api/ppid}. */
    protected abstract String prefix();

    private JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationHasASummaryASuccessAnswerAndProblemErrors() {
        JsonPath doc = document();
        List<String> wrong = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> {
            if (operation.get("summary") == null) {
                wrong.add(where + ": no summary");
            }
            Map<String, Map<String, Object>> responses = responses(operation);
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                wrong.add(where + ": no success answer");
            }
            responses.forEach((code, response) -> {
                boolean error = code.startsWith("4") || code.startsWith("5");
                if (error && !content(response).containsKey(Problem.MEDIA_TYPE)) {
                    wrong.add(where + " " + code + ": not problem+json");
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationListsTheErrorsItsKindCanGive() {
        JsonPath doc = document();
        List<String> wrong = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> {
            Set<String> codes = responses(operation).keySet();
            String path = where.substring(where.indexOf(' ') + 1);
            boolean secured = operation.get("security") instanceof List<?> security && !security.isEmpty();
            boolean takesInput = operation.get("requestBody") != null
                    || operation.get("parameters") instanceof List<?> parameters && !parameters.isEmpty();
            expect(wrong, where, codes, "400", takesInput);
            expect(wrong, where, codes, "401", secured);
            expect(wrong, where, codes, "403", secured);
            expect(wrong, where, codes, "404", path.contains("{"));
            expect(wrong, where, codes, "409", path.contains("{") && !where.startsWith("GET"));
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyJsonRequestBodyHasAnExampleForEachField() {
        JsonPath doc = document();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> wrong = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> {
            if (!(operation.get("requestBody") instanceof Map<?, ?> body)) {
                return;
            }
            Map<String, Object> media = asMap(content(asMap(body)).get("application/json"));
            if (media == null || media.containsKey("example") || media.containsKey("examples")) {
                return;
            }
            missingExamples(asMap(media.get("schema")), schemas, where, new HashSet<>(), wrong);
        });
        assertThat(wrong).as("request-body fields without an example").isEmpty();
    }

    private static void missingExamples(Map<String, Object> schema, Map<String, Map<String, Object>> schemas,
            String where, Set<String> seen, List<String> wrong) {
        if (schema == null || schema.containsKey("example") || schema.containsKey("examples")) {
            return;
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            if (seen.add(name)) {
                missingExamples(schemas.get(name), schemas, where + " " + name, seen, wrong);
            }
            return;
        }
        if (schema.get("enum") != null) {
            return;
        }
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(combined) instanceof List<?> parts) {
                parts.forEach(part -> missingExamples(asMap(part), schemas, where, seen, wrong));
                return;
            }
        }
        if (schema.get("items") != null) {
            missingExamples(asMap(schema.get("items")), schemas, where, seen, wrong);
            return;
        }
        Map<String, Object> properties = asMap(schema.get("properties"));
        if (properties == null) {
            wrong.add(where + ": a value without an example");
            return;
        }
        properties.forEach((name, property) -> {
            Map<String, Object> field = asMap(property);
            if (!isDocumented(field)) {
                missingExamples(field, schemas, where + "." + name, seen, wrong);
            }
        });
    }

    private static boolean isDocumented(Map<String, Object> field) {
        return field == null || field.containsKey("example") || field.containsKey("examples")
                || field.get("enum") != null || "boolean".equals(field.get("type"));
    }

    private static void expect(List<String> wrong, String where, Set<String> codes, String code, boolean applies) {
        if (applies && !codes.contains(code)) {
            wrong.add(where + ": " + code + " not listed");
        }
    }

    private void forEachOperation(JsonPath doc, java.util.function.BiConsumer<String, Map<String, Object>> check) {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).as("the service's paths").anyMatch(path -> path.startsWith(prefix()));
        paths.forEach((path, item) -> {
            if (!path.startsWith(prefix())) {
                return;
            }
            item.forEach((method, operation) -> {
                if (METHODS.contains(method)) {
                    check.accept(method.toUpperCase(java.util.Locale.ROOT) + " " + path, asMap(operation));
                }
            });
        });
    }

    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
        return responses == null ? Map.of() : responses;
    }

    private static Map<String, Object> content(Map<String, Object> response) {
        Map<String, Object> content = asMap(response.get("content"));
        return content == null ? Map.of() : content;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }
}
