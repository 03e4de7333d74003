package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The training schedule and the registration for a session, against the stand-in gateway (answers shaped as
 * training-service's SessionView page and RegistrationView).
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class TrainingPagesTest {

    private static final String PROVIDERS = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String OFFICIALS = "7a2b3c4d-5e6f-4a1b-9c8d-0e1f2a3b4c5d";

    private static String session(String id, String audience, long placesLeft, long waitlisted, String status) {
        return """
                {"id":"%s","title":"Pelatihan SPSE 4.5 untuk %s","audience":"%s","date":"2026-12-08",
                 "startsAt":"2026-12-08T02:00:00Z","endsAt":"2026-12-08T05:00:00Z",
                 "room":"Ruang Pelatihan LPSE, Lantai 2","capacity":20,"trainer":"Agus Prasetyo, S.Kom.",
                 "status":"%s","placesLeft":%d,"waitlisted":%d,"cancelReason":null,"calendarProvisional":false,
                 "scheduledBy":"pelatih.lpse","cancelledBy":null}"""
                .formatted(id, audience.equals("PROVIDER") ? "Penyedia" : "Pejabat Pengadaan", audience, status,
                        placesLeft, waitlisted);
    }

    private static String schedulePath(String audience) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        return "/api/training/sessions?from=" + today + "&to=" + today.plusDays(TrainingPages.DAYS_AHEAD)
                + (audience == null ? "" : "&audience=" + audience) + "&size=100";
    }

    private static String registration(String status, Integer position, String decree) {
        return """
                {"id":"9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e","sessionId":"%s","status":"%s",
                 "waitlistPosition":%s,"attempt":1,
                 "participant":{"name":"Siti Rahmawati","type":"PROCUREMENT_OFFICIAL",
                  "organization":"Dinas Pekerjaan Umum","nip":"198503102010012003","nikMasked":null,
                  "providerId":null,"phone":"081234567890","email":null},
                 "guestBookSignedAt":"2026-12-01T01:15:00Z","decree":%s,"registeredAt":"2026-12-01T02:00:00Z",
                 "attendedAt":null,"completedAt":null,"understood":null,"previousRegistrationId":null,
                 "repeatRegistrationId":null,"cancelReason":null,"registeredBy":null,"attendanceRecordedBy":null,
                 "cancelledBy":null}""".formatted(OFFICIALS, status, position, decree);
    }

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void theServicePageLinksToTheSchedule() {
        String html = given().when().get("/layanan/pelatihan").then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/layanan/pelatihan/jadwal\"");
    }

    @Test
    void theScheduleShowsPlacesLeftAudienceTimeInWibAndRoom() {
        GatewayStandIn.on("GET", schedulePath(null), 200, "{\"items\":[" + session(PROVIDERS, "PROVIDER", 12, 0,
                "SCHEDULED") + "," + session(OFFICIALS, "PROCUREMENT_OFFICIAL", 0, 3, "SCHEDULED")
                + "],\"page\":0,\"size\":100,\"total\":2}");
        String html = given().when().get("/layanan/pelatihan/jadwal").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"sesi-" + PROVIDERS + "\"", "Pelatihan SPSE 4.5 untuk Penyedia",
                "Penyedia barang/jasa", "Selasa, 8 Desember 2026, 09.00–12.00 WIB", "Ruang Pelatihan LPSE, Lantai 2",
                "12 tempat tersisa", "href=\"/layanan/pelatihan/daftar?sesi=" + PROVIDERS + "\"",
                "Pejabat pengadaan", "Penuh, pendaftar baru masuk daftar tunggu", "Masuk daftar tunggu");
        assertThat(GatewayStandIn.normalised(GatewayStandIn.received().get(0).path()))
                .isEqualTo(GatewayStandIn.normalised(schedulePath(null)));
    }

    @Test
    void theScheduleFiltersByAudienceAndSaysWhenThereIsNothing() {
        GatewayStandIn.on("GET", schedulePath("PROCUREMENT_OFFICIAL"), 200,
                "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        String html = given().queryParam("untuk", "PROCUREMENT_OFFICIAL").queryParam("lang", "en").when()
                .get("/layanan/pelatihan/jadwal").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"jadwal-kosong\"", "No training session is scheduled",
                "href=\"/layanan/pelatihan/jadwal?untuk=PROCUREMENT_OFFICIAL\" aria-current=\"page\"");
    }

    @Test
    void theFormOfAProviderSessionAsksTheNikAndNoDecree() {
        GatewayStandIn.on("GET", "/api/training/sessions/" + PROVIDERS, 200,
                session(PROVIDERS, "PROVIDER", 12, 0, "SCHEDULED"));
        String html = given().queryParam("sesi", PROVIDERS).when().get("/layanan/pelatihan/daftar").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("name=\"participant.name\"", "name=\"participant.organization\"",
                "name=\"participant.nik\"", "name=\"participant.phone\"", "name=\"participant.email\"",
                "name=\"guestBookSignedAt\" type=\"datetime-local\"", "name=\"participant.type\" value=\"PROVIDER\"",
                "name=\"sesi\" value=\"" + PROVIDERS + "\"")
                .doesNotContain("name=\"participant.nip\"", "name=\"decree.number\"");
    }

    @Test
    void anUnknownSessionIsNotFound() {
        given().queryParam("sesi", PROVIDERS).when().get("/layanan/pelatihan/daftar").then().statusCode(404);
        given().queryParam("sesi", "../../admin").when().get("/layanan/pelatihan/daftar").then().statusCode(404);
        assertThat(GatewayStandIn.received()).hasSize(1);
    }

    @Test
    void aRefusalShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() {
        GatewayStandIn.on("GET", "/api/training/sessions/" + OFFICIALS, 200,
                session(OFFICIALS, "PROCUREMENT_OFFICIAL", 5, 0, "SCHEDULED"));
        GatewayStandIn.on("POST", "/api/training/sessions/" + OFFICIALS + "/registrations", 400, """
                {"type":"https://madiunkota.go.id/problems/validation","title":"Data tidak valid","status":400,
                 "errors":[{"field":"participant.nip","message":"NIP wajib diisi untuk pejabat pengadaan"},
                           {"field":"decree.date","message":"tidak boleh di masa depan"}]}""");
        String html = given().contentType(ContentType.URLENC).formParams(Map.of("sesi", OFFICIALS,
                "participant.type", "PROCUREMENT_OFFICIAL", "participant.name", "Siti Rahmawati",
                "participant.organization", "Dinas Pekerjaan Umum", "guestBookSignedAt", "2026-12-01T08:15",
                "decree.number", "800/123/401.102/2026", "decree.date", "2027-01-05", "_key", "k-9"))
                .when().post("/layanan/pelatihan/daftar").then().statusCode(400).extract().asString();
        assertThat(html).contains(
                "<p class=\"error\" id=\"e-participant.nip\">NIP wajib diisi untuk pejabat pengadaan</p>",
                "<p class=\"error\" id=\"e-decree.date\">tidak boleh di masa depan</p>",
                "value=\"Siti Rahmawati\"", "value=\"800/123/401.102/2026\"", "value=\"2027-01-05\"",
                "value=\"2026-12-01T08:15\"", "<a href=\"#f-participant.nip\">");
        GatewayStandIn.Received sent = GatewayStandIn.received().stream()
                .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"participant\":{\"name\":\"Siti Rahmawati\","
                + "\"type\":\"PROCUREMENT_OFFICIAL\",\"organization\":\"Dinas Pekerjaan Umum\"}",
                "\"guestBookSignedAt\":\"2026-12-01T08:15:00+07:00\"",
                "\"decree\":{\"number\":\"800/123/401.102/2026\",\"date\":\"2027-01-05\"}")
                .doesNotContain("sesi", "_key", "nip");
        assertThat(sent.idempotencyKey()).isEqualTo("k-9");
    }

    @Test
    void aProblemThatNamesNoFieldIsShownOnTopOfTheForm() {
        GatewayStandIn.on("GET", "/api/training/sessions/" + PROVIDERS, 200,
                session(PROVIDERS, "PROVIDER", 12, 0, "SCHEDULED"));
        GatewayStandIn.on("POST", "/api/training/sessions/" + PROVIDERS + "/registrations", 409, """
                {"type":"https://madiunkota.go.id/problems/registration.same-person","title":"Sudah terdaftar",
                 "status":409,"detail":"Peserta dengan NIK ini sudah terdaftar pada sesi ini."}""");
        String html = given().contentType(ContentType.URLENC).formParams(Map.of("sesi", PROVIDERS,
                "participant.type", "PROVIDER", "participant.nik", "3577014101900001"))
                .when().post("/layanan/pelatihan/daftar").then().statusCode(400).extract().asString();
        assertThat(html).contains("<li>Peserta dengan NIK ini sudah terdaftar pada sesi ini.</li>",
                "value=\"3577014101900001\"");
    }

    @Test
    void aPlaceOnTheWaitlistIsSaidWithItsPosition() {
        GatewayStandIn.on("POST", "/api/training/sessions/" + OFFICIALS + "/registrations", 201,
                registration("WAITLISTED", 3, "null"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("sesi", OFFICIALS, "participant.type", "PROCUREMENT_OFFICIAL"))
                .when().post("/layanan/pelatihan/daftar").then().statusCode(303)
                .header("Location", Matchers.endsWith("/layanan/pelatihan/terdaftar?sesi=" + OFFICIALS
                        + "&status=WAITLISTED&antrean=3"));
        GatewayStandIn.on("GET", "/api/training/sessions/" + OFFICIALS, 200,
                session(OFFICIALS, "PROCUREMENT_OFFICIAL", 0, 3, "SCHEDULED"));
        String html = given().queryParam("sesi", OFFICIALS).queryParam("status", "WAITLISTED")
                .queryParam("antrean", 3).when().get("/layanan/pelatihan/terdaftar").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<p id=\"status\">Sesi sudah penuh. Urutan Anda di daftar tunggu: "
                + "<strong id=\"antrean\">3</strong></p>", "Selasa, 8 Desember 2026, 09.00–12.00 WIB");
    }

    @Test
    void anOfficialWithADeclaredDecreeWaitsForItsCheck() {
        GatewayStandIn.on("POST", "/api/training/sessions/" + OFFICIALS + "/registrations", 201,
                registration("PENDING_DECREE", null, """
                        {"number":"800/123/401.102/2026","date":"2026-11-20","checked":false,"checkedAt":null,
                         "checkedBy":null}"""));
        given().redirects().follow(false).contentType(ContentType.URLENC).cookie("lang", "en")
                .formParams(Map.of("sesi", OFFICIALS, "participant.type", "PROCUREMENT_OFFICIAL"))
                .when().post("/layanan/pelatihan/daftar").then().statusCode(303)
                .header("Location", Matchers.endsWith("status=PENDING_DECREE&sk=1"));
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("en");
        String html = given().queryParam("sesi", OFFICIALS).queryParam("status", "PENDING_DECREE")
                .queryParam("sk", "1").queryParam("lang", "en").when().get("/layanan/pelatihan/terdaftar").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<p id=\"status\">Your place is held, waiting for your superior&#39;s decree.</p>",
                "The LPSE trainer will check the decree you gave");
    }

    @Test
    void aConfirmedPlaceIsSaidSo() {
        String html = given().queryParam("sesi", PROVIDERS).queryParam("status", "CONFIRMED").when()
                .get("/layanan/pelatihan/terdaftar").then().statusCode(200).extract().asString();
        assertThat(html).contains("<p id=\"status\">Tempat Anda sudah pasti.</p>");
        given().queryParam("sesi", PROVIDERS).queryParam("status", "<b>").when()
                .get("/layanan/pelatihan/terdaftar").then().statusCode(404);
    }

    @Test
    void aGatewayThatIsDownGivesTheFriendlyPage() {
        GatewayStandIn.mode(GatewayStandIn.Mode.BROKEN);
        given().when().get("/layanan/pelatihan/jadwal").then().statusCode(503);
    }
}
