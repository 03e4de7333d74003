package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Providers;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A provider's online registration told in a real browser: the form sent with an NPWP that is no NPWP comes back with
 * the API's message next to the NPWP field and everything typed kept; corrected, it gives the registration reference
 * and the documents to bring from the checklist in force. The status page, by that reference, follows the provider
 * through the verifier's work (done through the gateway with the verifier's real token): waiting for the visit, then
 * in progress, then not yet approved with the missing document named.
 */
class VerificationRegistrationBrowserTest extends BrowserStory {

    @Test
    void aProviderRegistersOnlineAndFollowsTheVerificationByReference() {
        String npwp = Providers.uniqueNpwp();
        String company = "CV Browser Madiun " + npwp.substring(9);

        browser.open("/layanan/verifikasi", "standard").follow("/layanan/verifikasi/daftar", "form");
        browser.fill("companyName", company).choose("businessForm", "CV").fill("npwp", "12.345")
                .fill("director.name", Providers.DIRECTOR_NAME).fill("director.nik", Providers.DIRECTOR_NIK)
                .fill("email", "admin+" + npwp + "@browser-madiun.example.id").fill("phone", Providers.PHONE)
                .fill("address", Providers.ADDRESS).submit("npwp-wrong");
        assertThat(browser.path()).isEqualTo("/layanan/verifikasi/daftar");
        assertThat(browser.errorFor("npwp")).isNotBlank();
        assertThat(browser.errorFor("companyName")).isNull();
        assertThat(browser.value("companyName")).isEqualTo(company);
        assertThat(browser.value("businessForm")).isEqualTo("CV");
        assertThat(browser.value("director.nik")).isEqualTo(Providers.DIRECTOR_NIK);

        browser.fill("npwp", npwp).submit("registered");
        assertThat(browser.path()).startsWith("/layanan/verifikasi/terdaftar");
        String reference = browser.text("referensi");
        assertThat(reference).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        assertThat(browser.has("dokumen")).isTrue();
        assertThat(browser.text("dokumen")).isNotBlank();

        // Waiting for the visit
        browser.open("/layanan/verifikasi/status?ref=" + reference, "waiting");
        assertThat(browser.text("status")).isEqualTo("Terdaftar, menunggu verifikasi tatap muka");
        assertThat(browser.mainText()).contains(company).doesNotContain(npwp, Providers.DIRECTOR_NIK,
                Providers.PHONE, Providers.ADDRESS);

        // The verifier receives the provider at LPSE and finds the NIB missing
        String providerId = Gateway.as(Providers.VERIFIER).queryParam("npwp", npwp).when()
                .get("/api/verification/providers").then().statusCode(200).extract().path("items[0].id");
        String verificationId = Providers.start(providerId, 1).getString("id");
        browser.open("/layanan/verifikasi/status?ref=" + reference.toLowerCase(), "in-progress");
        assertThat(browser.text("status")).isEqualTo("Verifikasi sedang berlangsung");

        Providers.blacklist(verificationId, false);
        Gateway.as(Providers.VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "NIB belum dibawa."))
                .when().post("/api/verification/verifications/" + verificationId + "/decision")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200);
        browser.switchLanguage("rejected-en");
        assertThat(browser.lang()).isEqualTo("en");
        browser.switchLanguage("rejected");
        assertThat(browser.text("status")).isEqualTo("Verifikasi belum disetujui");
        assertThat(browser.has("kurang")).isTrue();
        assertThat(browser.text("kurang")).contains("NIB");
    }

    @Test
    void anUnknownReferenceIsSaidNextToTheField() {
        browser.open("/layanan/verifikasi/status", "status").fill("ref", "ZZZZZ-00000").submit("unknown");
        assertThat(browser.errorFor("ref")).startsWith("Tidak ada pendaftaran dengan nomor referensi ini.");
        assertThat(browser.value("ref")).isEqualTo("ZZZZZ-00000");
    }
}
