package id.go.madiunkota.common.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, so that endpoints declare only their success answers and the
 * errors particular to them. For each operation of the service's OpenAPI it adds, where the endpoint did not declare
 * them itself:
 * <ul>
 * <li>400 when it takes a body or parameters (validation, with the invalid fields in {@code errors});</li>
 * <li>401 and 403 when it needs a token (it carries a security requirement);</li>
 * <li>404 when its path names a resource ({@code {id}});</li>
 * <li>409 when it changes a named resource (an illegal transition or a concurrent change);</li>
 * <li>413 and 415 when it takes a multipart upload (a document too large, or not a PDF, JPEG or PNG);</li>
 * <li>500 everywhere.</li>
 * </ul>
 * Every 4xx and 5xx answer, declared or added, is given the {@code application/problem+json} body of {@link Problem}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, item, method, operation)));
    }

    private static void document(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null || hasItems(operation.getParameters())
                || hasItems(item.getParameters());
        boolean secured = hasItems(operation.getSecurity());
        boolean namesResource = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;

        addIfMissing(responses, "400", takesInput,
                "Invalid input: a field, parameter or body is missing or malformed; `errors` lists the fields");
        addIfMissing(responses, "401", secured, "No token, or a token that is expired, tampered or not for this API");
        addIfMissing(responses, "403", secured, "The caller's roles do not allow this");
        addIfMissing(responses, "404", namesResource, "No such resource, or not one the caller may see");
        addIfMissing(responses, "409", changes && namesResource,
                "Not allowed in the resource's current state, or changed by someone else at the same time");
        boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
        addIfMissing(responses, "413", upload, "The file is larger than the limit (madiun.documents.max-size)");
        addIfMissing(responses, "415", upload, "The file's content is not a PDF, JPEG or PNG, whatever its name");
        addIfMissing(responses, "500", true, "An unexpected error; the answer carries no internal detail");

        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getRef() == null
                    && (response.getContent() == null || !hasItems(response.getContent().getMediaTypes()))) {
                response.setContent(problemContent());
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String code, boolean applies, String description) {
        if (applies && !responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** The Problem schema, in case no endpoint named it in an annotation. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field",
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("applicant.nik"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("tidak boleh kosong"));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; the text follows Accept-Language (id or en)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }

    private static boolean hasItems(Object value) {
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return false;
    }
}
