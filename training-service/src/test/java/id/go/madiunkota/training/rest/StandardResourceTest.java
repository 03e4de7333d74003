package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.standard.StandardContractTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** The shared service-standard contract, run against this service and its real database. */
@QuarkusTest
class StandardResourceTest extends StandardContractTest {

    @Override
    protected String serviceCode() {
        return "TRAINING";
    }

    @Override
    protected List<String> requiredTargets() {
        return List.of("sessionMinHours", "sessionMaxHours");
    }
}
