package id.go.madiunkota.e2e.fuzz;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.madiunkota.e2e.fuzz.Operation.Parameter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the gateway's merged OpenAPI document ({@code GET /openapi}, JSON) and lists every operation with its
 * parameters and request body, {@code $ref}s resolved against {@code components/schemas}. A schema that names a
 * {@code $ref} beside its own keywords (OpenAPI 3.1) keeps both, its own winning.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** How deep references are followed: deeper than any schema of the suite, short of a cycle. */
    private static final int MAX_DEPTH = 12;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode schemas;
    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
        this.schemas = document.path("components").path("schemas");
    }

    /**
     * Fetches the document from the gateway at {@code gatewayUrl} and lists its operations. The gateway leaves out a
     * service that does not answer within its timeout (named in {@code x-unavailable-services}): asked again for up to
     * a minute until all are in.
     */
    public static List<Operation> fetch(String gatewayUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode document = await("the gateway's GET /openapi with every service in it")
                .atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> document(http, gatewayUrl), d -> !d.has("x-unavailable-services"));
        return new OpenApiOperations(document).operations();
    }

    private static JsonNode document(HttpClient http, String gatewayUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/openapi"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + response.statusCode());
        }
        return new ObjectMapper().readTree(response.body());
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(operation(path.getKey(), op.getKey(), op.getValue(), path.getValue()));
            }
        }));
        return operations;
    }

    private Operation operation(String path, String method, JsonNode op, JsonNode pathItem) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>();
        pathItem.path("parameters").forEach(declared::add);
        op.path("parameters").forEach(declared::add);
        for (JsonNode p : declared) {
            JsonNode parameter = resolve(p, 0);
            JsonNode schema = resolve(parameter.path("schema"), 0);
            JsonNode example = parameter.has("example") ? parameter.get("example") : Examples.exampleOf(schema);
            parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText(),
                    parameter.path("required").asBoolean(false), schema, example));
        }
        JsonNode content = op.path("requestBody").path("content");
        JsonNode body = null;
        if (content.has("application/json")) {
            body = resolve(content.get("application/json").path("schema"), 0);
        } else if (content.size() > 0) {
            body = resolve(content.elements().next().path("schema"), 0);
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters), body);
    }

    /** The schema with every reference inside it replaced by what it names. */
    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || !node.isContainerNode() || depth > MAX_DEPTH) {
            return node;
        }
        if (node.isArray()) {
            var copy = json.createArrayNode();
            node.forEach(element -> copy.add(resolve(element, depth)));
            return copy;
        }
        ObjectNode copy = json.createObjectNode();
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = ref.startsWith("#/components/schemas/")
                    ? schemas.path(ref.substring("#/components/schemas/".length()))
                    : document.at(ref.substring(1));
            JsonNode resolved = resolve(target, depth + 1);
            if (resolved != null && resolved.isObject()) {
                copy.setAll((ObjectNode) resolved);
            }
        }
        node.properties().forEach(field -> {
            if (!field.getKey().equals("$ref")) {
                copy.set(field.getKey(), resolve(field.getValue(), depth + 1));
            }
        });
        return copy;
    }
}
