package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Providers;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents through the real gateway with real tokens: the anonymous applicant attaches the representative's power of
 * attorney with the tracking code, the PPID officer attaches the released information after granting, the applicant
 * downloads both (bytes as sent, type detected from them), another citizen gets 404; the verifier attaches a scan to a
 * document check and reads it back. A web page named .pdf stops at the service with a 415 problem and nothing kept.
 */
class DocumentsThroughGatewayTest {

    /** The smallest file a PDF reader recognises by its first bytes, as the service's detection does. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    @SuppressWarnings("unchecked")
    void thePowerOfAttorneyAndTheReleasedInformationGoUpAndComeBackThroughTheGateway() {
        Map<String, Object> body = PpidStoryTest.personRequest();
        body.put("representative", Map.of("name", "Budi Santoso", "powerOfAttorney", "Surat kuasa 30 November 2026"));
        var filed = Gateway.anonymous().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract();
        String id = filed.path("id");
        String code = filed.path("trackingCode");

        Gateway.anonymous().header("X-Tracking-Code", code).multiPart("file", "surat-kuasa.pdf", PDF,
                "application/pdf").when().put("/api/ppid/requests/" + id + "/power-of-attorney").then()
                .statusCode(200).body("kind", equalTo("power-of-attorney"))
                .body("document.mediaType", equalTo("application/pdf")).body("document.size", equalTo(PDF.length));

        // a web page under a PDF name: refused by what its bytes are, nothing kept
        Gateway.anonymous().header("X-Tracking-Code", code).multiPart("file", "kuasa.pdf",
                "<html><body>bukan pdf</body></html>".getBytes(StandardCharsets.UTF_8), "application/pdf").when()
                .put("/api/ppid/requests/" + id + "/power-of-attorney").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        // (bodies past the limits are refused by the gateway's ServiceRoutesTest and every service's
        // HostileInputTest; sending 10 MiB here would only weigh on this suite's small heap)
        Gateway.as("ppid-officer").contentType(ContentType.JSON).body(Map.of("outcome", "GRANTED")).when()
                .post("/api/ppid/requests/" + id + "/decision").then().statusCode(200);
        String released = Gateway.as("ppid-officer").multiPart("file", "dpa-2026.pdf", PDF, "application/pdf")
                .when().post("/api/ppid/requests/" + id + "/released-information").then().statusCode(201)
                .body("kind", equalTo("released")).extract().path("document.id");

        List<Map<String, Object>> documents = Gateway.anonymous().header("X-Tracking-Code", code).when()
                .get("/api/ppid/requests/" + id + "/documents").then().statusCode(200).extract().path("");
        assertThat(documents).extracting(d -> d.get("kind")).containsExactlyInAnyOrder("power-of-attorney",
                "released");
        byte[] back = Gateway.anonymous().header("X-Tracking-Code", code).when()
                .get("/api/ppid/requests/" + id + "/documents/" + released).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(back).isEqualTo(PDF);
        Gateway.as("citizen2").when().get("/api/ppid/requests/" + id + "/documents/" + released).then()
                .statusCode(404);
        Gateway.anonymous().header("X-Tracking-Code", "AAAAA-BBBBB").when()
                .get("/api/ppid/requests/" + id + "/documents").then().statusCode(404);
    }

    @Test
    void theVerifierAttachesAScanToADocumentCheck() {
        Providers.Registered provider = Providers.register();
        String verification = Providers.start(provider.id(), 1).getString("id");
        Gateway.as(Providers.VERIFIER).multiPart("file", "nib.pdf", PDF, "application/pdf").when()
                .put("/api/verification/verifications/" + verification + "/documents/NIB/scan").then()
                .statusCode(200);
        byte[] back = Gateway.as("auditor").when()
                .get("/api/verification/verifications/" + verification + "/documents/NIB/scan").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(PDF);
        Gateway.as("citizen1").multiPart("file", "nib.pdf", PDF, "application/pdf").when()
                .put("/api/verification/verifications/" + verification + "/documents/NIB/scan").then()
                .statusCode(403);
    }
}
