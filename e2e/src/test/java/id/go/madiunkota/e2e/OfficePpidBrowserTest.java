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
 * it, delivered and closed; after each move the API holds the new status. The superior finds an objection among the
 * open ones and overturns the refusal. A citizen who opens the back office is told it is for staff.
 */
class OfficePpidBrowserTest extends BrowserStory {

    @Test
    void theOfficerTakesARequestFromTheQueueToItsClosing() {
        String tail = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        Map<String, Object> request = request(tail);
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
    void theSuperiorAnswersAnObjectionFromTheQueue() {
        Map<String, Object> request = request(String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
        var filed = Gateway.anonymous().contentType(ContentType.JSON).body(request).when()
                .post("/api/ppid/requests").then().statusCode(201).extract();
        String id = filed.path("id");
        String code = filed.path("trackingCode");
        Gateway.as("ppid-officer").contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED",
                "exemptionGrounds", java.util.List.of("PASAL_17_H"), "consequenceTest",
                "Memuat alamat pribadi penerima.")).when().post("/api/ppid/requests/" + id + "/decision").then()
                .statusCode(200);
        String objection = Gateway.anonymous().header("X-Tracking-Code", code).contentType(ContentType.JSON)
                .body(Map.of("grounds", java.util.List.of("REJECTED_UNDER_PASAL_17"), "reason",
                        "Alamat dapat disamarkan; daftar nama tetap informasi publik."))
                .when().post("/api/ppid/requests/" + id + "/objections").then().statusCode(201).extract().path("id");

        browser.open("/", "superior-home").logIn("ppid-superior", "superior-logged-in");
        browser.follow("/kantor", "superior-office").follow("/kantor/ppid/keberatan", "objections");
        browser.select("status", "FILED").submit("objections-filed");
        browser.follow("/kantor/ppid/keberatan/" + objection, "objection");
        browser.choose("outcome", "OVERTURNED").fill("reason", "Nama penerima dibuka; alamat disamarkan.")
                .submitForm("form-decision", "objection-decided");
        assertThat(browser.has("selesai")).isTrue();
        Gateway.as("ppid-superior").when().get("/api/ppid/objections/" + objection).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("OVERTURNED"));
    }

    @Test
    void aCitizenIsToldTheOfficeIsForStaff() {
        browser.open("/", "home").logIn("citizen2", "logged-in");
        assertThat(browser.has("kantor")).isFalse();
        browser.open("/kantor/ppid", "not-staff");
        assertThat(browser.heading()).isNotBlank();
        assertThat(browser.has("antrean")).isFalse();
    }

    /** An online request of a person whose name ends in {@code tail}. */
    private static Map<String, Object> request(String tail) {
        Map<String, Object> applicant = Map.of("type", "PERSON", "name", "Wulan Sari " + tail, "nik",
                "35770141019" + String.format("%05d", ThreadLocalRandom.current().nextInt(1, 100_000)),
                "address", "Jl. Pahlawan No. 37, Kota Madiun", "occupation", "Wiraswasta", "phone", "081234567890");
        return Map.of("applicant", applicant, "informationRequested",
                "Daftar penerima beasiswa daerah 2026 beserta alamatnya (" + tail + ")", "purpose",
                "Memastikan penyaluran tepat sasaran", "obtainMethod", "COPY", "copyFormat", "SOFTCOPY",
                "deliveryMethod", "EMAIL");
    }

    private static void status(String id, String expected) {
        Gateway.as("ppid-officer").when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("status", equalTo(expected));
    }
}
