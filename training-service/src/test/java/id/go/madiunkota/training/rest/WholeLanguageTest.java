package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refusal reads as one language: the enum values inside a sentence are words of that language (never codes such as
 * PROCUREMENT_OFFICIAL), a 404 names the record in the language, a bad enum value lists the values allowed.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class WholeLanguageTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    private static io.restassured.response.ValidatableResponse post(String language, String path, Object body) {
        return given().header("Accept-Language", language).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    @Test
    void theAudienceMismatchNamesBothAudiencesAsWords() {
        String providers = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 1), 3, 10));
        Map<String, Object> official = TrainingFixtures.official("Pejabat Salah", "198001012005011031", true);
        String path = "/api/training/sessions/" + providers + "/registrations";
        post("id", path, official).statusCode(422).body("detail", equalTo(
                "Peserta (pejabat pengadaan) tidak dapat mendaftar pada pelatihan dengan sasaran penyedia."));
        post("en", path, official).statusCode(422).body("detail", equalTo(
                "This participant (procurement official) cannot register for a session whose audience is provider."));
    }

    @Test
    void aRefusedMoveNamesTheMoveAndTheStatusAsWords() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 2);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 10));
        String id = given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta Kata"))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201)
                .extract().path("id");
        String completion = "/api/training/registrations/" + id + "/completion";
        post("id", completion, Map.of("understood", true)).statusCode(409).body("detail", equalTo(
                "Tindakan 'mencatat penyelesaian' tidak dapat dilakukan saat status terkonfirmasi."));
        post("en", completion, Map.of("understood", true)).statusCode(409).body("detail", equalTo(
                "'record the completion' is not possible while the status is confirmed."));

        post("id", "/api/training/sessions/" + session + "/cancellation", Map.of("reason", "Batal.")).statusCode(200);
        post("id", "/api/training/sessions/" + session + "/cancellation", Map.of("reason", "Lagi.")).statusCode(409)
                .body("detail", equalTo("Tindakan 'membatalkan' tidak dapat dilakukan saat status dibatalkan."));
        post("en", "/api/training/sessions/" + session + "/registrations", TrainingFixtures.provider("Peserta Lain"))
                .statusCode(409).body("detail", equalTo("'register' is not possible while the status is cancelled."));
    }

    @Test
    void aMissingRecordIsNamedInTheLanguage() {
        UUID id = UUID.randomUUID();
        given().header("Accept-Language", "id").when().get("/api/training/sessions/" + id).then().statusCode(404)
                .body("detail", equalTo("Pelatihan dengan pengenal " + id + " tidak ditemukan."));
        given().header("Accept-Language", "en").when().get("/api/training/sessions/" + id).then().statusCode(404)
                .body("detail", equalTo("Training session with id " + id + " was not found."));
        given().header("Accept-Language", "id").when().get("/api/training/registrations/" + id).then()
                .statusCode(404).body("detail", equalTo("Pendaftaran dengan pengenal " + id + " tidak ditemukan."));
        given().header("Accept-Language", "en").when().get("/api/training/registrations/" + id).then()
                .statusCode(404).body("detail", equalTo("Registration with id " + id + " was not found."));
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() {
        given().header("Accept-Language", "id").queryParam("audience", "CITIZEN").when()
                .get("/api/training/sessions").then().statusCode(400).body("errors[0].field", equalTo("audience"))
                .body("errors[0].message", equalTo("harus salah satu dari: PROVIDER, PROCUREMENT_OFFICIAL"));
        given().header("Accept-Language", "en").queryParam("status", "DONE").when()
                .get("/api/training/sessions/" + UUID.randomUUID() + "/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of: PENDING_DECREE, CONFIRMED, WAITLISTED, ATTENDED, "
                        + "COMPLETED, CANCELLED"));
        given().header("Accept-Language", "en").queryParam("status", "GONE").when()
                .get("/api/training/invitations").then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of: INVITED, WAITING_FOR_SESSION"));
    }

    @Test
    void theSchedulePeriodHasTheOneLimit() {
        given().queryParam("from", "2040-01-01").queryParam("to", "2040-12-31").when().get("/api/training/sessions")
                .then().statusCode(200);
        given().header("Accept-Language", "en").queryParam("from", "2040-01-01").queryParam("to", "2041-01-01")
                .when().get("/api/training/sessions").then().statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("a report covers at most 366 days"));
        given().queryParam("from", "2040-03-01").when().get("/api/training/sessions").then().statusCode(200)
                .body("size", equalTo(20));
    }
}
