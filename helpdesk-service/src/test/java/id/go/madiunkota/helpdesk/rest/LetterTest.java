package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Bodies.complaint;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.testing.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The complaint's receipt read back with PDFBox: the holder of the tracking code gets it without the complainant's
 * contact details, the staff who read the complaint with them; anyone else gets 404.
 */
@QuarkusTest
class LetterTest {

    private static final String BASE = "/api/helpdesk/complaints";

    @Test
    void theHolderOfTheTrackingCodeGetsTheReceiptWithoutContactDetails() {
        ExtractableResponse<Response> receipt = given().contentType(ContentType.JSON).body(complaint())
                .when().post(BASE).then().statusCode(201).extract();
        String path = BASE + "/" + receipt.path("id") + "/letters/receipt";
        String code = receipt.path("trackingCode");
        byte[] pdf = given().header("X-Tracking-Code", code).when().get(path).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"tanda-terima-pengaduan-"
                        + receipt.<String>path("id").substring(0, 8).toUpperCase() + ".pdf\""))
                .extract().asByteArray();
        assertThat(PdfText.of("helpdesk-receipt", pdf).text()).contains("PEMERINTAH KOTA MADIUN",
                        "TANDA TERIMA PENGADUAN, SARAN, DAN MASUKAN", code, "pengaduan", "verifikasi penyedia",
                        "daring", Bodies.COMPLAINANT_NAME, "Antrean verifikasi penyedia terlalu lama pada hari Senin.",
                        "Data kontak pelapor tidak dicantumkan")
                .doesNotContain(Bodies.COMPLAINANT_PHONE, Bodies.COMPLAINANT_EMAIL);
        given().header("X-Tracking-Code", "ZZZZZ-ZZZZZ").when().get(path).then().statusCode(404);
        given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().header("Accept-Language", "en").header("X-Tracking-Code", code)
                .when().get(BASE + "/" + receipt.path("id") + "/letters/decision").then().statusCode(404)
                .body("detail", equalTo("There is no letter kind 'decision'. The kinds are: receipt."));
    }

    @Test
    @TestSecurity(user = "agen.letter", roles = "helpdesk-agent")
    void theAgentGetsTheReceiptWithTheContactDetailsAndTheAnswer() {
        String id = given().contentType(ContentType.JSON).body(complaint()).when().post(BASE)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Petugas verifikasi ditambah pada hari Senin."))
                .when().post(BASE + "/" + id + "/response").then().statusCode(200);
        String text = PdfText.of(given().when().get(BASE + "/" + id + "/letters/receipt").then().statusCode(200)
                .extract().asByteArray()).text();
        assertThat(text).contains(Bodies.COMPLAINANT_PHONE, Bodies.COMPLAINANT_EMAIL,
                "Petugas verifikasi ditambah pada hari Senin.", "agen.letter");
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void staffOfAnotherServiceGetNotFound() {
        String id = given().contentType(ContentType.JSON).body(complaint()).when().post(BASE)
                .then().statusCode(201).extract().path("id");
        given().when().get(BASE + "/" + id + "/letters/receipt").then().statusCode(404);
    }
}
