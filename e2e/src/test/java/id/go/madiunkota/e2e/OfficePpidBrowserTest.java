package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The PPID officer's day in the back office, in a real browser with a real Keycloak login: a request filed online
 * (through the gateway) is found in the queue by its registration number, started, refused first without a
 * consequence test (the API's message at the top of the decision form, the ticked ground kept), then decided with
 * it, delivered and closed; after each move the API holds the new status. A citizen who opens the back office is told
 * it is for staff.
 */
class OfficePpidBrowserTest extends BrowserStory {

    @Test
    void theOfficerTakesARequestFromTheQueueToItsClosing() {
        String tail = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        Map<String, Object> applicant = Map.of("type", "PERSON", "name", "Wulan Sari " + tail, "nik",
                "35770141019" + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 100_000)),
                "address", "Jl. Pahlawan No. 37, Kota Madiun", "occupation", "Wiraswasta", "phone", "081234567890");
        Map<String, Object> request = Map.of("applicant", applicant, "informationRequested",
                "Daftar penerima beasiswa daerah 2026 beserta alamatnya (" + tail + ")", "purpose",
                "Memastikan penyaluran tepat sasaran", "obtainMethod", "COPY", "copyFormat", "SOFTCOPY",
                "deliveryMethod", "EMAIL");
        var filed = Gateway.anonymous().contentType(ContentType.JSON).body(request).when()
                .post("/api/ppid/requests").then().statusCode(201).extract();
        String id = filed.path("id");
        String number = filed.path("registrationNumber");

        browser.open("/", "home").logIn("ppid-officer", "logged-in");
        assertThat(browser.has("kantor")).isTrue();
        browser.follow("/kantor", "office").follow("/kantor/ppid", "queue");
        browser.fill("cari", number).submit("found");
        assertThat(browser.text("antrean")).contains(number, "Wulan Sari " + tail);
        browser.follow("/kantor/ppid/permohonan/" + id, "request");
        assertThat(browser.text("riwayat")).contains("Permohonan diterima");

        browser.submitForm("form-processing", "started");
        assertThat(browser.text("selesai")).isNotBlank();
        status(id, "IN_PROGRESS");

        browser.choose("outcome", "REJECTED").choose("exemptionGrounds", "PASAL_17_H")
                .submitForm("form-decision", "decision-refused");
        assertThat(browser.text("kesalahan")).contains("uji konsekuensi");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("f-exemptionGrounds-PASAL_17_H"))
                .isSelected()).isTrue();
        status(id, "IN_PROGRESS");

        browser.fill("consequenceTest", "Alamat penerima adalah data pribadi; membukanya lebih merugikan daripada "
                + "manfaatnya bagi publik.").submitForm("form-decision", "decided");
        status(id, "REJECTED");
        assertThat(browser.text("riwayat")).contains("Diputuskan");

        // now, to the second: the delivery lies between the decision, a moment ago, and now
        browser.set("deliveredAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta")).withNano(0)
                .toString()).select("method", "EMAIL").submitForm("form-delivery",
                "delivered");
        status(id, "DELIVERED");
        browser.submitForm("form-closure", "closed");
        status(id, "CLOSED");
        assertThat(browser.has("form-closure")).isFalse();
    }

    @Test
    void aCitizenIsToldTheOfficeIsForStaff() {
        browser.open("/", "home").logIn("citizen2", "logged-in");
        assertThat(browser.has("kantor")).isFalse();
        browser.open("/kantor/ppid", "not-staff");
        assertThat(browser.heading()).isNotBlank();
        assertThat(browser.has("antrean")).isFalse();
    }

    private static void status(String id, String expected) {
        Gateway.as("ppid-officer").when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("status", equalTo(expected));
    }
}
