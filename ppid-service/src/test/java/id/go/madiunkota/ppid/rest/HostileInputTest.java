package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;

import id.go.madiunkota.common.document.HostileUploads;
import id.go.madiunkota.common.problem.HostileInputContractTest;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shared hostile-input contract, run against this service, and the hostile files on its upload routes. */
@QuarkusTest
class HostileInputTest extends HostileInputContractTest {

    private static final Path UPLOADS = Path.of("target/file-uploads");
    private static final long LIMIT = 65536;

    @Inject
    Requests requests;

    @Override
    protected String prefix() {
        return "/api/ppid";
    }

    @Test
    void hostilePowersOfAttorneyAreRefusedAndLeaveNothing() {
        InformationRequest request = requests.represented(Requests.ANONYMOUS);
        String code = request.trackingCode();
        HostileUploads.refuseAll(r -> r.header("X-Tracking-Code", code), "PUT",
                "/api/ppid/requests/" + request.id() + "/power-of-attorney", LIMIT, UPLOADS,
                () -> given().header("X-Tracking-Code", code).when().get(documents(request)).then().statusCode(200)
                        .extract().path("size()"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void hostileReleasedInformationIsRefusedAndLeavesNothing() {
        InformationRequest request = requests.decided(requests.represented(Requests.ANONYMOUS), "GRANTED");
        HostileUploads.refuseAll(r -> r, "POST", "/api/ppid/requests/" + request.id() + "/released-information",
                LIMIT, UPLOADS, () -> given().when().get(documents(request)).then().statusCode(200)
                        .extract().path("size()"));
    }

    private static String documents(InformationRequest request) {
        return "/api/ppid/requests/" + request.id() + "/documents";
    }
}
