package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.registerProvider;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;

import id.go.madiunkota.common.document.HostileUploads;
import id.go.madiunkota.common.problem.HostileInputContractTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shared hostile-input contract, run against this service, and the hostile files on its upload route. */
@QuarkusTest
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String prefix() {
        return "/api/verification";
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void hostileScansAreRefusedAndLeaveNothing() {
        String id = startVerification(registerProvider());
        HostileUploads.refuseAll(request -> request, "PUT", ScanTest.scan(id, "NIB"), 65536,
                Path.of("target/file-uploads"),
                () -> given().when().get(BASE + "/verifications/" + id + "/scans").then().statusCode(200)
                        .extract().path("size()"));
    }
}
