package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.common.holiday.PredictedHoliday;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling, the public schedule and cancelling sessions, with every refusal. */
@QuarkusTest
class SessionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aTrainerSchedulesASessionThatAppearsOnThePublicSchedule() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1);
        String id = given().contentType(ContentType.JSON)
                .body(TrainingFixtures.session("PROVIDER", day, 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(201)
                .header("Location", containsString("/api/training/sessions/"))
                .body("audience", equalTo("PROVIDER"))
                .body("date", equalTo(day.toString()))
                .body("startsAt", equalTo(day + "T02:00:00Z"))
                .body("status", equalTo("SCHEDULED"))
                .body("placesLeft", equalTo(20)).body("calendarProvisional", equalTo(false))
                .extract().path("id");

        given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("audience", "PROVIDER")
                .when().get("/api/training/sessions")
                .then().statusCode(200).body("items.id", hasItem(id)).body("page", equalTo(0));
        given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("audience", "PROCUREMENT_OFFICIAL")
                .when().get("/api/training/sessions")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().when().get("/api/training/sessions/" + id).then().statusCode(200).body("room",
                equalTo("Ruang Pelatihan LPSE"));
    }

    @Test
    void theScheduleIsPublicAndRefusesBadParameters() {
        given().when().get("/api/training/sessions").then().statusCode(200).body("size", equalTo(20));
        given().header("Accept-Language", "en").queryParam("from", "2026-13-40")
                .when().get("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must be a date of the form YYYY-MM-DD, such as 2026-03-13"));
        given().header("Accept-Language", "en").queryParam("to", "+999999999-12-31")
                .when().get("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 to 2200-12-31"));
        given().queryParam("audience", "CITIZEN").when().get("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("audience"))
                .body("errors[0].message", equalTo("harus salah satu dari: PROVIDER, PROCUREMENT_OFFICIAL"));
        given().queryParam("from", "2030-02-01").queryParam("to", "2030-01-01")
                .when().get("/api/training/sessions").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().when().get("/api/training/sessions/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void missingFieldsAreNamedInIndonesianAndEnglish() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Pelatihan"))
                .when().post("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItem("audience"))
                .body("errors.field", hasItem("capacity"));
        Map<String, Object> body = TrainingFixtures.session("PROVIDER", TrainingFixtures.workingDay(YEAR, 2), 3, 5);
        body.put("endsAt", TrainingFixtures.workingDay(YEAR, 2) + "T08:00:00+07:00");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("endsAt"))
                .body("errors[0].message", equalTo("must be after the start"));
        body.put("endsAt", TrainingFixtures.workingDay(YEAR, 2) + "T12:00:00+07:00");
        body.put("unknown", "x");
        given().contentType(ContentType.JSON).body(body).when().post("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("unknown"));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aSessionOnANonWorkingDayIsRefused() {
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.session("PROVIDER", TrainingFixtures.holiday(YEAR), 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("bukan hari kerja"));
        LocalDate saturday = TrainingFixtures.workingDay(YEAR, 1).plusDays(5);
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(TrainingFixtures.session("PROVIDER", saturday, 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("is not a working day"));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aSessionOutsideTwoToFiveHoursIsRefused() {
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.session("PROVIDER", TrainingFixtures.workingDay(YEAR, 2), 1, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("detail", containsString("2 sampai 5 jam"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(TrainingFixtures.session("PROVIDER", TrainingFixtures.workingDay(YEAR, 2), 6, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("detail", containsString("2 to 5 hours"));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aYearWithoutItsDecreeRunsOnThePredictedHolidaysFlaggedProvisional() {
        int year = 2099; // no test seeds it: the copy has no decree for it
        LocalDate holiday = HolidayPredictor.instance().predict(year).stream().map(PredictedHoliday::date)
                .filter(day -> day.getDayOfWeek().getValue() <= 5 && !HolidayPredictor.isFixedHoliday(day))
                .findFirst().orElseThrow();
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(TrainingFixtures.session("PROVIDER", holiday, 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("type", containsString("session.non-working-day"));
        LocalDate workingDay = holiday.plusDays(1);
        while (workingDay.getDayOfWeek().getValue() > 5
                || HolidayPredictor.instance().dates(year).contains(workingDay)) {
            workingDay = workingDay.plusDays(1);
        }
        given().contentType(ContentType.JSON).body(TrainingFixtures.session("PROVIDER", workingDay, 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(201).body("date", equalTo(workingDay.toString()))
                .body("calendarProvisional", equalTo(true));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aSessionInAYearThatCannotBePredictedOrInThePastIsRefused() {
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.session("PROVIDER", LocalDate.of(2101, 5, 4), 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("type", containsString("session.calendar-missing"));
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.session("PROVIDER", LocalDate.of(2020, 5, 4), 3, 20))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("type", containsString("session.in-past"));
    }

    @Test
    void schedulingNeedsATokenAndTheRightRole() {
        Map<String, Object> body = TrainingFixtures.session("PROVIDER", TrainingFixtures.workingDay(YEAR, 3), 3, 20);
        given().contentType(ContentType.JSON).body(body).when().post("/api/training/sessions")
                .then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/training/sessions/" + UUID.randomUUID() + "/cancellation")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNotScheduleOrCancel() {
        Map<String, Object> body = TrainingFixtures.session("PROVIDER", TrainingFixtures.workingDay(YEAR, 3), 3, 20);
        given().contentType(ContentType.JSON).body(body).when().post("/api/training/sessions")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/training/sessions/" + UUID.randomUUID() + "/cancellation")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void cancellingASessionCancelsItsRegistrationsOnce() {
        String id = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 3), 3, 1));
        String first = given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta Satu"))
                .when().post("/api/training/sessions/" + id + "/registrations")
                .then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().path("id");
        String second = given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta Dua"))
                .when().post("/api/training/sessions/" + id + "/registrations")
                .then().statusCode(201).body("status", equalTo("WAITLISTED")).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Ruang dipakai rapat darurat."))
                .when().post("/api/training/sessions/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Ruang dipakai rapat darurat."));
        given().when().get("/api/training/registrations/" + first).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("SESSION_CANCELLED"));
        given().when().get("/api/training/registrations/" + second).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/training/sessions/" + id + "/cancellation")
                .then().statusCode(409).contentType(PROBLEM).body("type", containsString("invalid-transition"));
        given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta Tiga"))
                .when().post("/api/training/sessions/" + id + "/registrations")
                .then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/training/sessions/" + UUID.randomUUID() + "/cancellation")
                .then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/training/sessions/" + id + "/cancellation")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }
}
