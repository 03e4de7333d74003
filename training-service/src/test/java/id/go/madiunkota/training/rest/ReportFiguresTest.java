package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report's figures against a data set whose every number is known: three sessions held and one cancelled in
 * October of a year of this class's own, with places, a waitlist, attendance, completions and one repeat.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class ReportFiguresTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    /** The first Monday of October: no holiday of the seeded calendar falls in the weeks used. */
    private static final LocalDate MONDAY = LocalDate.of(YEAR, 10, 1)
            .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

    @Inject
    CalendarCopyService calendar;

    @Inject
    TestClock clock;

    @Inject
    RegistrationService registrations;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String register(String session, Map<String, Object> body, String status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("status", equalTo(status)).extract().path("id");
    }

    private static void attend(String session, String registration) {
        given().contentType(ContentType.JSON).body(Map.of("registrationId", registration))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
    }

    private static void complete(String registration, boolean understood) {
        given().contentType(ContentType.JSON).body(Map.of("understood", understood))
                .when().post("/api/training/registrations/" + registration + "/completion").then().statusCode(200);
    }

    private void at(LocalDate day, int hour) {
        clock.set(OffsetDateTime.of(day.atTime(hour, 0), ZoneOffset.ofHours(7)));
    }

    @Test
    void theFiguresOfAKnownPeriod() {
        LocalDate tuesday = MONDAY.plusDays(1);
        String p1 = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", MONDAY, 3, 3));
        String o1 = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL", tuesday, 3, 2));
        String p2 = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", MONDAY.plusWeeks(1), 3, 5));
        String p3 = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", MONDAY.plusWeeks(2), 3, 5));

        // P1: three places taken, one waiting
        String a = register(p1, TrainingFixtures.provider("Laporan A"), "CONFIRMED");
        String b = register(p1, TrainingFixtures.provider("Laporan B"), "CONFIRMED");
        register(p1, TrainingFixtures.provider("Laporan C"), "CONFIRMED");
        register(p1, TrainingFixtures.provider("Laporan D"), "WAITLISTED");
        // O1: one confirmed by the trainer, one pending its decree (online), one waiting
        String e = register(o1, TrainingFixtures.official("Laporan E", "198001012005011021", true), "CONFIRMED");
        TrainingFixtures.online(registrations, mapper, o1,
                TrainingFixtures.official("Laporan F", "198001012005011022", true));
        register(o1, TrainingFixtures.official("Laporan G", "198001012005011023", true), "WAITLISTED");
        // P2: cancelled with its one registration
        register(p2, TrainingFixtures.provider("Laporan H"), "CONFIRMED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Ruang dipakai."))
                .when().post("/api/training/sessions/" + p2 + "/cancellation").then().statusCode(200);

        // P1's day: A and B attend, C does not; A understood, B repeats in P3 (P2 is cancelled)
        at(MONDAY, 10);
        attend(p1, a);
        attend(p1, b);
        complete(a, true);
        complete(b, false);
        given().when().get("/api/training/registrations/" + b).then().body("repeatRegistrationId",
                org.hamcrest.Matchers.notNullValue());
        String repeat = given().when().get("/api/training/registrations/" + b).then().extract()
                .path("repeatRegistrationId");
        given().when().get("/api/training/registrations/" + repeat).then().statusCode(200)
                .body("sessionId", equalTo(p3)).body("attempt", equalTo(2)).body("status", equalTo("CONFIRMED"));
        // O1's day: E attends and understood
        at(tuesday, 10);
        attend(o1, e);
        complete(e, true);

        at(tuesday, 13); // P1 and O1 have taken place, P3 not yet
        given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusWeeks(2).plusDays(4).toString())
                .when().get("/api/training/reports").then().statusCode(200)
                .body("from", equalTo(MONDAY.toString()))
                .body("sessions", equalTo(3))
                .body("cancelledSessions", equalTo(1))
                .body("participants", equalTo(6)) // A B C, E F, B's repeat
                .body("attended", equalTo(3))
                .body("attendanceRate", equalTo(0.6f)) // 3 of the 5 placed in P1 and O1
                .body("completed", equalTo(3))
                .body("notUnderstood", equalTo(1))
                .body("repeats", equalTo(1))
                .body("waitlisted", equalTo(2))
                .body("byAudience.find { it.audience == 'PROVIDER' }.sessions", equalTo(2))
                .body("byAudience.find { it.audience == 'PROVIDER' }.participants", equalTo(4))
                .body("byAudience.find { it.audience == 'PROVIDER' }.attended", equalTo(2))
                .body("byAudience.find { it.audience == 'PROVIDER' }.attendanceRate", equalTo(0.6667f))
                .body("byAudience.find { it.audience == 'PROVIDER' }.repeats", equalTo(1))
                .body("byAudience.find { it.audience == 'PROCUREMENT_OFFICIAL' }.sessions", equalTo(1))
                .body("byAudience.find { it.audience == 'PROCUREMENT_OFFICIAL' }.participants", equalTo(2))
                .body("byAudience.find { it.audience == 'PROCUREMENT_OFFICIAL' }.attended", equalTo(1))
                .body("byAudience.find { it.audience == 'PROCUREMENT_OFFICIAL' }.attendanceRate", equalTo(0.5f))
                .body("byAudience.find { it.audience == 'PROCUREMENT_OFFICIAL' }.repeats", equalTo(0));

        // only P3's week: one session not yet held, so no attendance rate
        given().queryParam("from", MONDAY.plusWeeks(2).toString()).queryParam("to",
                MONDAY.plusWeeks(2).plusDays(4).toString())
                .when().get("/api/training/reports").then().statusCode(200)
                .body("sessions", equalTo(1)).body("participants", equalTo(1)).body("repeats", equalTo(1))
                .body("attendanceRate", nullValue()).body("cancelledSessions", equalTo(0));
        // a week without sessions: every figure 0
        given().queryParam("from", MONDAY.plusWeeks(3).toString()).queryParam("to",
                MONDAY.plusWeeks(3).plusDays(4).toString())
                .when().get("/api/training/reports").then().statusCode(200)
                .body("sessions", equalTo(0)).body("participants", equalTo(0)).body("attended", equalTo(0))
                .body("attendanceRate", nullValue()).body("byAudience.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "inspektorat", roles = "auditor")
    void theAuditorReadsTheReportAndACitizenDoesNot() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/training/reports").then().statusCode(200).body("to", equalTo("2026-12-31"));
    }

    @Test
    @TestSecurity(user = "warga", roles = "citizen")
    void aCitizenDoesNotReadTheReport() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/training/reports").then().statusCode(403);
    }
}
