package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.e2e.support.Browser;
import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Pages;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The PPID request told in a real browser. Anonymous: the form sent with a NIK of 15 digits comes back with the API's
 * message next to the NIK field, in Indonesian and then in English, everything typed kept; corrected, the page shows
 * the registration number, the tracking code and the due date. The PPID officer rejects the request through the
 * gateway (a real token); the citizen, by the tracking code, reads the decision and files an objection on the
 * tracking page. Logged in: citizen1 logs in on Keycloak's page, files a request in the portal, finds it among their
 * own on the account page, and the API holds it as theirs (channel ONLINE; another citizen gets 404).
 */
class PpidRequestBrowserTest extends BrowserStory {

    private static final String FORM = "/layanan/ppid/permohonan";

    @Test
    void anAnonymousRequestIsDecidedAndObjectedToByTheTrackingCode() {
        String nik = nik();
        String information = "Daftar penerima hibah Kota Madiun tahun 2025 (" + nik.substring(12) + ")";

        browser.open("/layanan/ppid", "standard").follow(FORM, "form");
        fillPerson(information, nik.substring(1)).submit("nik-short");
        assertThat(browser.path()).isEqualTo(FORM);
        String indonesian = browser.errorFor("applicant.nik");
        assertThat(indonesian).isNotBlank();
        assertThat(browser.errorFor("applicant.name")).isNull();
        assertThat(browser.value("informationRequested")).isEqualTo(information);
        assertThat(browser.value("applicant.type")).isEqualTo("PERSON");
        assertThat(browser.value("obtainMethod")).isEqualTo("COPY");

        browser.switchLanguage("form-en");
        fillPerson(information, nik.substring(1)).submit("nik-short-en");
        String english = browser.errorFor("applicant.nik");
        assertThat(english).isNotBlank().isNotEqualTo(indonesian);
        assertThat(browser.value("informationRequested")).isEqualTo(information);
        browser.switchLanguage("form-id"); // a new, empty form: the switch is a link, not the form's sending

        fillPerson(information, nik).submit("received");
        assertThat(browser.path()).startsWith("/layanan/ppid/lacak?kode=");
        String code = browser.text("kode-lacak");
        assertThat(browser.text("nomor-pendaftaran")).matches("PPID/\\d{4}/\\d{6}");
        assertThat(browser.text("tenggat")).isNotBlank();
        String id = Gateway.anonymous().when().get("/api/ppid/tracking/" + code).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).extract().path("id");
        Gateway.as("ppid-officer").when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("channel", equalTo("ONLINE")).body("trackingCode", equalTo(code));

        // The PPID officer rejects it under Pasal 17 huruf h, through the gateway
        Gateway.as("ppid-officer").contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Memuat rahasia pribadi pihak ketiga."))
                .when().post("/api/ppid/requests/" + id + "/decision")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200);

        // The citizen, a new visitor with only the code, reads the decision and objects
        browser.forgetCookies();
        browser.open("/layanan/ppid/lacak", "tracking").fill("kode", code).submit("rejected");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("status")).getDomAttribute("data-status"))
                .isEqualTo("REJECTED");
        assertThat(browser.has("keputusan")).isTrue();
        assertThat(browser.has("form-keberatan")).isTrue();
        browser.fill("reason", "").submit("objection-empty");
        assertThat(browser.errorFor("reason")).isNotBlank();
        browser.choose("grounds", "REJECTED_UNDER_PASAL_17")
                .fill("reason", "Tidak ada data pribadi dalam daftar penerima hibah.").submit("objected");
        assertThat(browser.text("nomor-keberatan")).matches("KEBERATAN/\\d{4}/\\d{6}");
        Gateway.anonymous().when().get("/api/ppid/tracking/" + code).then().statusCode(200)
                .body("objection.status", equalTo("FILED"));
    }

    @Test
    void aRequestFiledLoggedInIsTheCitizensOwn() {
        String nik = nik();
        String information = "Rencana kerja Diskominfo Kota Madiun 2027 (" + nik.substring(12) + ")";
        browser.open("/", "home").logIn("citizen1", "logged-in");
        assertThat(browser.has("akun")).isTrue();
        browser.open(FORM, "form");
        fillPerson(information, nik).submit("received");
        String code = browser.text("kode-lacak");
        String number = browser.text("nomor-pendaftaran");
        String id = Gateway.anonymous().when().get("/api/ppid/tracking/" + code).then().statusCode(200)
                .extract().path("id");

        browser.open("/saya", "mine");
        assertThat(browser.text("permohonan")).contains(number);
        assertThat(Pages.all("citizen1", "/api/ppid/requests/mine", "id")).contains(id);
        Gateway.as("citizen1").when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("channel", equalTo("ONLINE"));
        Gateway.as("citizen2").when().get("/api/ppid/requests/" + id).then().statusCode(404);
    }

    @Test
    void theExemptionGroundsAndTheAnnualReportAreOpenToAll() {
        browser.open("/layanan/ppid", "standard").follow("/layanan/ppid/pengecualian", "exemptions");
        assertThat(browser.has("dasar-PASAL_17_H")).isTrue();
        browser.open("/layanan/ppid", "standard-again").follow("/layanan/ppid/laporan", "report");
        int year = id.go.madiunkota.e2e.support.SuiteClock.today().getYear(); // the services' year
        browser.open("/layanan/ppid/laporan?tahun=" + year, "report-year");
        int total = Gateway.anonymous().queryParam("year", year).when().get("/api/ppid/reports/annual/public")
                .then().statusCode(200).extract().path("requests.total");
        assertThat(Integer.parseInt(browser.text("jumlah"))).as("this year's requests, as the API counts them")
                .isEqualTo(total);
        browser.switchLanguage("report-en");
        assertThat(browser.heading()).startsWith("Public information services report");
    }

    private Browser fillPerson(String information, String nik) {
        return browser.choose("applicant.type", "PERSON").fill("applicant.name", "Sri Wahyuni")
                .fill("applicant.nik", nik).fill("applicant.address", "Jl. Pahlawan No. 37, Kota Madiun")
                .fill("applicant.occupation", "Wiraswasta").fill("applicant.phone", "081331234567")
                .fill("applicant.email", "sri.wahyuni@example.id").fill("informationRequested", information)
                .fill("purpose", "Bahan kajian lembaga swadaya masyarakat.").choose("obtainMethod", "COPY")
                .choose("copyFormat", "SOFTCOPY").choose("deliveryMethod", "EMAIL");
    }

    /** A NIK of Kota Madiun (3577) with a valid date of birth and a random serial. */
    private static String nik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("357701%02d%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                random.nextInt(100), 1 + random.nextInt(9_999));
    }
}
