package id.go.madiunkota.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the {@code Idempotency-Key} header on every write operation of the service's OpenAPI, since
 * {@link IdempotencyFilter} serves it for all of them without the endpoints declaring it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> Stream.of(item.getPOST(), item.getPUT(), item.getPATCH(), item.getDELETE()))
                .filter(operation -> operation != null && !declares(operation))
                .forEach(operation -> operation.addParameter(header()));
    }

    private static boolean declares(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static Parameter header() {
        return OASFactory.createParameter()
                .name(IdempotencyFilter.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the request safe to repeat: 1 to 200 printable ASCII characters, such as a UUID. "
                        + "The same caller repeating the key with the same request within 24 hours gets the first "
                        + "answer again (header Idempotency-Replayed: true) and nothing runs twice; with another "
                        + "request, 422; while the first still runs, 409. Anonymous callers are told apart by "
                        + "their address: a key another anonymous client holds is refused with 409.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200))
                .example("5f0c6f5e-1d2b-4c1e-9a57-3c1b8f3f2e10");
    }
}
