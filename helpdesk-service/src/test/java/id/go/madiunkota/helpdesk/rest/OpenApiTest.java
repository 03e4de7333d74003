package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.problem.OpenApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** The shared OpenAPI contract (summaries, problem+json errors, request-body examples), run against this service. */
@QuarkusTest
class OpenApiTest extends OpenApiContractTest {

    @Override
    protected String prefix() {
        return "/api/helpdesk";
    }
}
