package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.problem.HostileInputContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** The shared hostile-input contract, run against this service. */
@QuarkusTest
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String prefix() {
        return "/api/helpdesk";
    }
}
