package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Mailbox;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The applicant's receipt by e-mail on the real stack: a PPID request submitted through the gateway with an e-mail
 * address reaches the suite's GreenMail (its REST API, {@link Mailbox}) with the registration number, the tracking code
 * and the tracking page's link, in Bahasa Indonesia, from the office's address, and without the NIK.
 */
class PpidMailTrailTest {

    private static final String NIK = "3577014101900001";

    @Test
    void theReceiptMailArrivesWithItsTrackingCodeAndNoNik() {
        String email = "pemohon-" + UUID.randomUUID() + "@example.id";
        JsonPath request = Gateway.anonymous().contentType(ContentType.JSON).header("Accept-Language", "id")
                .body(requestFrom(email)).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().jsonPath();
        String number = request.getString("registrationNumber");
        String code = request.getString("trackingCode");

        Mailbox.Mail mail = Mailbox.await(email, number, Duration.ofSeconds(90));
        assertThat(mail.subject()).startsWith("Permohonan informasi Anda diterima");
        assertThat(mail.header("Content-Language")).isEqualTo("id");
        assertThat(mail.header("From")).contains("layanan@madiunkota.go.id");
        assertThat(mail.text()).contains("Yth. Sri Wahyuni", number, code, "/layanan/ppid/lacak?kode=" + code);
        assertThat(mail.subject() + mail.text()).doesNotContain(NIK).doesNotContain("3577 0141 0190 0001");
        assertThat(Mailbox.to(email)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestFrom(String email) {
        Map<String, Object> body = PpidStoryTest.personRequest();
        ((Map<String, Object>) body.get("applicant")).put("email", email);
        return body;
    }
}
