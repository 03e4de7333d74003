package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.e2e.support.Browser;
import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk complaint told in a real browser: a citizen sends the complaint form without a name and reads the API's
 * message next to the name field, in Indonesian, with everything typed still there; in English the same message comes
 * in English; with the name the complaint is received and the page shows its tracking code. The helpdesk agent answers
 * it through the gateway with a real token, and the citizen finds the answer on the tracking page by the code.
 */
class HelpdeskComplaintBrowserTest extends BrowserStory {

    private static final String AGENT = "helpdesk-agent";
    private static final String FORM = "/layanan/helpdesk/pengaduan";
    private static final int PAGE_SIZE = 100;

    @Test
    void aCitizenComplainsFixesTheFormAndReadsTheAnswerByTrackingCode() {
        String phone = "0813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String content = "Antrean verifikasi penyedia hari Senin terlalu lama (" + phone.substring(6) + "), mohon "
                + "ditambah petugas.";

        // From the helpdesk's standard page to the form
        browser.open("/layanan/helpdesk", "standard").follow(FORM, "form");
        assertThat(browser.lang()).isEqualTo("id");

        // 1. Sent without a name: the API's message next to the name field, in Indonesian; nothing typed is lost
        fillAllButTheName(phone, content).submit("name-missing");
        assertThat(browser.path()).isEqualTo(FORM);
        assertThat(browser.errorFor("complainant.name")).isEqualTo("tidak boleh kosong");
        assertThat(browser.errorFor("content")).isNull();
        assertThat(browser.text("kesalahan")).contains("tidak boleh kosong");
        assertThat(browser.value("complainant.name")).isEmpty();
        assertThat(browser.value("complainant.phone")).isEqualTo(phone);
        assertThat(browser.value("content")).isEqualTo(content);
        assertThat(browser.value("kind")).isEqualTo("COMPLAINT");
        assertThat(browser.value("service")).isEqualTo("VERIFICATION");

        // 2. In English, sent again without a name: the message in English
        browser.switchLanguage("form-en");
        assertThat(browser.lang()).isEqualTo("en");
        fillAllButTheName(phone, content).submit("name-missing-en");
        assertThat(browser.errorFor("complainant.name")).isEqualTo("must not be blank");
        assertThat(browser.value("content")).isEqualTo(content);

        // 3. With the name: received, the tracking code shown
        browser.fill("complainant.name", "Rina Kusumawati").submit("received");
        assertThat(browser.path()).startsWith("/layanan/helpdesk/lacak?kode=");
        String code = browser.text("kode-lacak");
        assertThat(code).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        assertThat(browser.text("status")).isEqualTo("Received, being followed up");
        assertThat(browser.has("jawaban")).isFalse();
        // the language switch keeps the code on the page
        browser.switchLanguage("received-id");
        assertThat(browser.lang()).isEqualTo("id");
        assertThat(browser.value("kode")).isEqualTo(code);
        assertThat(browser.text("status")).isEqualTo("Diterima, sedang ditindaklanjuti");

        // 4. The helpdesk agent answers through the gateway, with a real token
        String answer = "Terima kasih; mulai bulan depan verifikasi hari Senin dilayani dua petugas.";
        Gateway.as(AGENT).contentType(ContentType.JSON).body(Map.of("answer", answer))
                .when().post("/api/helpdesk/complaints/" + complaintId(code) + "/response")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredBy", equalTo(AGENT));

        // 5. The citizen, later and in Indonesian, finds the answer by the code
        browser.forgetCookies();
        browser.open("/layanan/helpdesk/lacak", "tracking").fill("kode", code).submit("answered");
        assertThat(browser.lang()).isEqualTo("id");
        assertThat(browser.text("status")).isEqualTo("Sudah dijawab");
        assertThat(browser.text("jawaban")).isEqualTo(answer);
        assertThat(browser.has("kode-lacak")).isFalse();
    }

    @Test
    void anUnknownTrackingCodeIsSaidNextToTheField() {
        browser.open("/layanan/helpdesk/lacak", "tracking").fill("kode", "ZZZZZ-00000").submit("unknown-code");
        assertThat(browser.errorFor("kode")).startsWith("Tidak ada pengaduan dengan kode ini.");
        assertThat(browser.value("kode")).isEqualTo("ZZZZZ-00000");
    }

    private Browser fillAllButTheName(String phone, String content) {
        return browser.choose("kind", "COMPLAINT").choose("service", "VERIFICATION")
                .fill("complainant.phone", phone).fill("content", content);
    }

    /**
     * The id of the open complaint with that tracking code, as the agent's list gives it. The list is oldest first and
     * other suites leave open complaints behind, so it is read from its last page back.
     */
    private static String complaintId(String code) {
        long total = page(0).getLong("total");
        for (long page = Math.max(0, (total - 1) / PAGE_SIZE); page >= 0; page--) {
            List<Map<String, Object>> found = page(page).getList("items.findAll { it.trackingCode == '" + code
                    + "' }");
            if (!found.isEmpty()) {
                return (String) found.get(0).get("id");
            }
        }
        throw new AssertionError("complaint " + code + " is not in the helpdesk agent's list of open complaints");
    }

    private static JsonPath page(long page) {
        return Gateway.as(AGENT).queryParam("status", "RECEIVED").queryParam("service", "VERIFICATION")
                .queryParam("page", page).queryParam("size", PAGE_SIZE)
                .when().get("/api/helpdesk/complaints").then().statusCode(200).extract().jsonPath();
    }
}
