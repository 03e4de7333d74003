package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The complaint form and its tracking, against the stand-in gateway: what is sent, where a refusal's messages go, and
 * that nothing typed is lost.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class HelpdeskPagesTest {

    private static final String REFUSED = """
            {"type":"https://madiunkota.go.id/problems/validation","title":"Isian tidak valid","status":400,
             "errors":[{"field":"complainant.name","message":"wajib diisi"},
                       {"field":"complainant.phone","message":"format nomor telepon tidak valid"}]}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void theFormNamesEveryServiceAndPresetsTheOneItCameFrom() {
        String html = given().queryParam("layanan", "verifikasi").when().get("/layanan/helpdesk/pengaduan").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"id\">", "name=\"complainant.name\"", "name=\"content\"",
                "value=\"VERIFICATION\" checked", "name=\"_key\"", "<label for=\"f-complainant.name\">");
        assertThat(html).doesNotContain("class=\"summary\"");
    }

    @Test
    void aRefusalShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() {
        GatewayStandIn.on("POST", "/api/helpdesk/complaints", 400, REFUSED);
        String html = given().contentType(ContentType.URLENC).formParams(Map.of("service", "TRAINING",
                "complainant.phone", "12ab", "content", "Ruang pelatihan <panas> & sempit", "_key", "k-1"))
                .when().post("/layanan/helpdesk/pengaduan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-complainant.name\">wajib diisi</p>",
                "<p class=\"error\" id=\"e-complainant.phone\">format nomor telepon tidak valid</p>",
                "aria-describedby=\"h-complainant.phone e-complainant.phone\"",
                "value=\"12ab\"", "value=\"TRAINING\" checked",
                "Ruang pelatihan &lt;panas&gt; &amp; sempit</textarea>", "<a href=\"#f-complainant.name\">");
        GatewayStandIn.Received sent = GatewayStandIn.received().stream()
                .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"service\":\"TRAINING\"", "\"complainant\":{\"phone\":\"12ab\"}")
                .doesNotContain("_key", "\"name\"");
        assertThat(sent.idempotencyKey()).isEqualTo("k-1");
        assertThat(sent.language()).isEqualTo("id");
    }

    @Test
    void aComplaintReceivedLeadsToItsTrackingPageWithTheCode() {
        GatewayStandIn.on("POST", "/api/helpdesk/complaints", 201,
                "{\"trackingCode\":\"K7QX2-MB9TD\",\"status\":\"RECEIVED\"}");
        given().redirects().follow(false).contentType(ContentType.URLENC).cookie("lang", "en")
                .formParams(Map.of("service", "PPID", "complainant.name", "Rina", "content", "Lambat"))
                .when().post("/layanan/helpdesk/pengaduan").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/layanan/helpdesk/lacak?kode=K7QX2-MB9TD&baru=1"));
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("en");

        GatewayStandIn.on("GET", "/api/helpdesk/complaints/tracking/K7QX2-MB9TD", 200, """
                {"trackingCode":"K7QX2-MB9TD","kind":"COMPLAINT","service":"PPID","status":"ANSWERED",
                 "receivedAt":"2026-12-01T02:00:00Z","answer":"Sudah kami perbaiki.",
                 "answeredAt":"2026-12-02T03:30:00Z"}""");
        String html = given().queryParam("kode", "K7QX2-MB9TD").queryParam("baru", "1").when()
                .get("/layanan/helpdesk/lacak").then().statusCode(200).extract().asString();
        assertThat(html).contains("<span class=\"code\" id=\"kode-lacak\">K7QX2-MB9TD</span>", "Sudah dijawab",
                "Sudah kami perbaiki.", "1 Desember 2026, 09.00 WIB", "2 Desember 2026, 10.30 WIB");
    }

    @Test
    void theLanguageSwitchOfATrackingPageKeepsTheCode() {
        GatewayStandIn.on("GET", "/api/helpdesk/complaints/tracking/K7QX2-MB9TD", 200, """
                {"trackingCode":"K7QX2-MB9TD","kind":"COMPLAINT","service":"PPID","status":"RECEIVED",
                 "receivedAt":"2026-12-01T02:00:00Z","answer":null,"answeredAt":null}""");
        String html = given().queryParam("kode", "K7QX2-MB9TD").when().get("/layanan/helpdesk/lacak").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/layanan/helpdesk/lacak?kode=K7QX2-MB9TD&amp;lang=en\" lang=\"en\"");
        String english = given().queryParam("kode", "K7QX2-MB9TD").queryParam("lang", "en").when()
                .get("/layanan/helpdesk/lacak").then().statusCode(200).extract().asString();
        assertThat(english).contains("<html lang=\"en\">", "value=\"K7QX2-MB9TD\"", "Received, being followed up");
    }

    @Test
    void anUnknownCodeIsSaidNextToTheCodeField() {
        GatewayStandIn.on("GET", "/api/helpdesk/complaints/tracking/NOPE", 404,
                "{\"title\":\"Tidak ditemukan\",\"status\":404}");
        String html = given().queryParam("kode", "NOPE").queryParam("lang", "en").when()
                .get("/layanan/helpdesk/lacak").then().statusCode(404).extract().asString();
        assertThat(html).contains("There is no complaint with this code", "value=\"NOPE\"", "aria-invalid=\"true\"");
    }

    @Test
    void aGatewayThatIsDownGivesTheFriendlyPageAndNothingElse() {
        GatewayStandIn.mode(GatewayStandIn.Mode.BROKEN);
        given().contentType(ContentType.URLENC).formParams(Map.of("content", "x")).when()
                .post("/layanan/helpdesk/pengaduan").then().statusCode(503);
    }
}
