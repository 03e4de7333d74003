package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standards read from the gateway are kept a minute (as in production; the other tests ask every time), so the
 * home page does not wait on four calls to the gateway for every visitor: each standard is asked for once per
 * language, a failure is not kept, and a kept standard is shown while the gateway is down.
 */
@QuarkusTest
@TestProfile(StandardsKeptTest.KeptAMinute.class)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class StandardsKeptTest {

    /** The production setting. */
    public static class KeptAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.portal.standards-kept", "60S");
        }
    }

    @Inject
    PortalPages portal;

    @BeforeEach
    void nothingKept() {
        GatewayStandIn.reset();
        portal.forgetStandards();
    }

    @Test
    void eachStandardIsAskedForOncePerLanguage() {
        long before = GatewayStandIn.requests().size();
        for (int i = 0; i < 3; i++) {
            assertThat(page("/", 200)).contains("Kurang lebih 30 menit").doesNotContain("Sedang tidak tersedia");
        }
        assertThat(page("/layanan/helpdesk", 200)).contains("id=\"komponen-14\"");
        assertThat(page("/?lang=en", 200)).contains("Our services");
        assertThat(page("/layanan/ppid?lang=en", 200)).contains("Components of the service standard");
        assertThat(GatewayStandIn.requests().stream().skip(before)).containsExactlyInAnyOrder(
                "GET /api/ppid/standard id", "GET /api/helpdesk/standard id", "GET /api/verification/standard id",
                "GET /api/training/standard id", "GET /api/ppid/standard en", "GET /api/helpdesk/standard en",
                "GET /api/verification/standard en", "GET /api/training/standard en");
    }

    @Test
    void aStandardTheGatewayDidNotGiveIsAskedForAgain() {
        GatewayStandIn.failing("ppid");
        assertThat(page("/", 200)).contains("Sebagian standar pelayanan sedang tidak dapat dibaca");
        GatewayStandIn.failing();
        long before = GatewayStandIn.requests().size();
        assertThat(page("/", 200)).doesNotContain("Sebagian standar pelayanan sedang tidak dapat dibaca");
        assertThat(GatewayStandIn.requests().stream().skip(before)).containsExactly("GET /api/ppid/standard id");
    }

    @Test
    void aKeptStandardIsShownWhileTheGatewayIsDown() {
        page("/layanan/verifikasi", 200);
        GatewayStandIn.mode(GatewayStandIn.Mode.BROKEN);
        assertThat(page("/layanan/verifikasi", 200)).contains("id=\"komponen-1\"");
        assertThat(page("/layanan/pelatihan", 503)).contains("<html lang=\"id\">");
    }

    private static String page(String path, int status) {
        return given().get(path).then().statusCode(status).extract().asString();
    }
}
