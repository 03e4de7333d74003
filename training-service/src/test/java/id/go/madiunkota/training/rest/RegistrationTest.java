package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.api.SessionBodies;
import id.go.madiunkota.training.entity.Actor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.SessionService;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration, the official's decree, the waitlist, the attendance list and completion with repeats. */
@QuarkusTest
class RegistrationTest {

    private static final String PROBLEM = "application/problem+json";
    // the latest year: the repeat test needs to know that no later session exists
    private static final int YEAR = TrainingFixtures.latestYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    TestClock clock;

    @Inject
    SessionService sessions;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aFullSessionWaitlistsAndPromotesInOrderWhenAPlaceFrees() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 1), 3, 2));
        String a = register(session, TrainingFixtures.provider("Peserta A"), "CONFIRMED");
        register(session, TrainingFixtures.provider("Peserta B"), "CONFIRMED");
        String c = register(session, TrainingFixtures.provider("Peserta C"), "WAITLISTED");
        String d = register(session, TrainingFixtures.provider("Peserta D"), "WAITLISTED");
        given().when().get("/api/training/registrations/" + d).then().body("waitlistPosition", equalTo(2));
        given().when().get("/api/training/sessions/" + session).then().body("placesLeft", equalTo(0))
                .body("waitlisted", equalTo(2));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Peserta berhalangan."))
                .when().post("/api/training/registrations/" + a + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        given().when().get("/api/training/registrations/" + c).then().body("status", equalTo("CONFIRMED"))
                .body("waitlistPosition", nullValue());
        given().when().get("/api/training/registrations/" + d).then().body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/training/registrations/" + a + "/cancellation")
                .then().statusCode(409).contentType(PROBLEM);
        given().queryParam("status", "WAITLISTED").when().get("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(d))
                .body("items[0].participant.name", equalTo("Peserta D"))
                .body("items[0].participant.phone", equalTo("081234567890"));
    }

    @Test
    void anOfficialWaitsForTheDecreeBeforeConfirmation() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 2);
        String session = sessions.schedule(new SessionBodies.Schedule("Pelatihan SPSE untuk Pejabat Pengadaan",
                Audience.PROCUREMENT_OFFICIAL, OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7)),
                OffsetDateTime.of(day.atTime(13, 0), ZoneOffset.ofHours(7)), "Ruang Pelatihan LPSE", 10,
                "Agus Prasetyo"), new Actor("trainer-1", "trainer-1")).id().toString();
        // anonymous online registration
        String pending = register(session, TrainingFixtures.official("Budi Santoso", "198503102010011001", false),
                "PENDING_DECREE");
        // a decree declared on the public form waits for the trainer's check (DecreeCheckTest)
        register(session, TrainingFixtures.official("Rina Wati", "198503102010012002", true), "PENDING_DECREE");
        given().contentType(ContentType.JSON).body(Map.of("number", "800/1/2026", "date", "2026-11-01"))
                .when().post("/api/training/registrations/" + pending + "/decree")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theTrainerRecordsTheDecree() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, 3), 4, 10));
        String pending = register(session, TrainingFixtures.official("Budi Santoso", "198503102010011001", false),
                "PENDING_DECREE");
        given().contentType(ContentType.JSON).body(Map.of("number", "800/1/2026"))
                .when().post("/api/training/registrations/" + pending + "/decree")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(Map.of("number", "800/1/401.102/2026", "date", "2026-11-01"))
                .when().post("/api/training/registrations/" + pending + "/decree")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("decree.number", equalTo("800/1/401.102/2026"));
        given().contentType(ContentType.JSON).body(Map.of("number", "800/2/2026", "date", "2026-11-01"))
                .when().post("/api/training/registrations/" + pending + "/decree")
                .then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("number", "800/2/2026", "date", "2026-11-01"))
                .when().post("/api/training/registrations/" + UUID.randomUUID() + "/decree")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void registrationsThatBreakTheRulesAreRefused() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 4), 3, 10));
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.official("Budi", "198503102010011001", true))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(422).contentType(PROBLEM).body("type", containsString("audience-mismatch"));
        Map<String, Object> noGuestBook = TrainingFixtures.provider("Peserta");
        noGuestBook.remove("guestBookSignedAt");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(noGuestBook)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("guestBookSignedAt"))
                .body("errors[0].message", equalTo("must not be null"));
        Map<String, Object> officialWithoutNip = TrainingFixtures.official("Budi", null, true);
        given().contentType(ContentType.JSON).body(officialWithoutNip)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("participant.nip"))
                .body("errors[0].message", equalTo("NIP wajib diisi untuk pejabat pengadaan"));
        Map<String, Object> badNip = TrainingFixtures.official("Budi", "12345", true);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(badNip)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(400).body("errors[0].field", equalTo("participant.nip"))
                .body("errors[0].message", equalTo("must be an 18-digit NIP"));
        given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta"))
                .when().post("/api/training/sessions/" + UUID.randomUUID() + "/registrations")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void trainerOnlyEndpointsRefuseAnonymousCallers() {
        String any = UUID.randomUUID().toString();
        given().when().get("/api/training/sessions/" + any + "/registrations").then().statusCode(401);
        given().when().get("/api/training/registrations/" + any).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("registrationId", any))
                .when().post("/api/training/sessions/" + any + "/attendance").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + any + "/completion").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/training/registrations/" + any + "/cancellation").then().statusCode(401);
        given().when().get("/api/training/invitations").then().statusCode(401);
        given().when().get("/api/training/reports?from=2026-01-01&to=2026-12-31").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminIsNoTrainerForParticipants() {
        String any = UUID.randomUUID().toString();
        given().when().get("/api/training/sessions/" + any + "/registrations").then().statusCode(403)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("registrationId", any))
                .when().post("/api/training/sessions/" + any + "/attendance").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + any + "/completion").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("number", "1", "date", "2026-01-01"))
                .when().post("/api/training/registrations/" + any + "/decree").then().statusCode(403);
        given().when().get("/api/training/invitations").then().statusCode(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void attendanceCompletionAndARepeatForWhoHasNotUnderstood() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1).plusMonths(2).with(java.time.DayOfWeek.TUESDAY);
        String first = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 5));
        String providerId = UUID.randomUUID().toString();
        Map<String, Object> paham = TrainingFixtures.provider("Peserta Paham");
        ((Map<String, Object>) paham.get("participant")).put("providerId", providerId);
        String understood = register(first, paham, "CONFIRMED");
        String notYet = register(first, TrainingFixtures.provider("Peserta Belum"), "CONFIRMED");
        String absent = register(first, TrainingFixtures.provider("Peserta Absen"), "CONFIRMED");

        given().contentType(ContentType.JSON).body(Map.of("registrationId", understood))
                .when().post("/api/training/sessions/" + first + "/attendance")
                .then().statusCode(422).body("type", containsString("not-yet-held"));
        clock.set(OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)));
        for (String id : new String[] {understood, notYet}) {
            given().contentType(ContentType.JSON).body(Map.of("registrationId", id))
                    .when().post("/api/training/sessions/" + first + "/attendance")
                    .then().statusCode(200).body("status", equalTo("ATTENDED")).body("attendedAt", notNullValue());
        }
        given().contentType(ContentType.JSON).body(Map.of("registrationId", understood))
                .when().post("/api/training/sessions/" + first + "/attendance").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("registrationId", UUID.randomUUID().toString()))
                .when().post("/api/training/sessions/" + first + "/attendance").then().statusCode(404);
        given().when().get("/api/training/sessions/" + first + "/attendance").then().statusCode(200)
                .body("items", hasSize(2)).body("items.id", hasItem(notYet)).body("total", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + absent + "/completion")
                .then().statusCode(409).contentType(PROBLEM);

        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + understood + "/completion")
                .then().statusCode(200).body("registration.status", equalTo("COMPLETED"))
                .body("registration.understood", equalTo(true)).body("repeat", nullValue());
        // No later provider session yet: the participant waits, and is registered when one is scheduled.
        given().contentType(ContentType.JSON).body(Map.of("understood", false))
                .when().post("/api/training/registrations/" + notYet + "/completion")
                .then().statusCode(200).body("registration.understood", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("understood", false))
                .when().post("/api/training/registrations/" + notYet + "/completion").then().statusCode(409);

        String next = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day.plusDays(7), 3, 5));
        String repeat = given().when().get("/api/training/registrations/" + notYet).then().statusCode(200)
                .body("repeatRegistrationId", notNullValue()).extract().path("repeatRegistrationId");
        given().when().get("/api/training/registrations/" + repeat).then().statusCode(200)
                .body("sessionId", equalTo(next)).body("attempt", equalTo(2)).body("status", equalTo("CONFIRMED"))
                .body("previousRegistrationId", equalTo(notYet))
                .body("participant.name", equalTo("Peserta Belum"));

        // The repeat, not understood again, goes straight to the session after.
        String third = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day.plusDays(14), 3, 5));
        clock.set(OffsetDateTime.of(day.plusDays(7).atTime(10, 0), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", repeat))
                .when().post("/api/training/sessions/" + next + "/attendance").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("understood", false))
                .when().post("/api/training/registrations/" + repeat + "/completion")
                .then().statusCode(200).body("repeat.sessionId", equalTo(third)).body("repeat.attempt", equalTo(3));
        // The same provider registering again on their own: the earlier completion counts as an attempt.
        given().contentType(ContentType.JSON).body(paham)
                .when().post("/api/training/sessions/" + third + "/registrations")
                .then().statusCode(201).body("attempt", equalTo(2));

        given().queryParam("from", day.toString()).queryParam("to", day.plusDays(14).toString())
                .when().get("/api/training/reports").then().statusCode(200)
                .body("sessions", equalTo(3)).body("participants", equalTo(6)).body("attended", equalTo(3))
                .body("attendanceRate", equalTo(0.75f)).body("completed", equalTo(3))
                .body("notUnderstood", equalTo(2)).body("repeats", equalTo(3));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theReportNeedsAValidPeriod() {
        given().when().get("/api/training/reports").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("from"));
        given().header("Accept-Language", "en").queryParam("from", "2026-12-31").queryParam("to", "2026-01-01")
                .when().get("/api/training/reports").then().statusCode(400)
                .body("errors[0].message", equalTo("the last day must not be before the first day"));
        given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get("/api/training/reports").then().statusCode(200)
                .body("from", equalTo(YEAR + "-01-01")).body("byAudience", hasSize(2));
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstRegistration() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 4).plusDays(1);
        String session = sessions.schedule(new SessionBodies.Schedule("Pelatihan SPSE", Audience.PROVIDER,
                OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7)),
                OffsetDateTime.of(day.atTime(12, 0), ZoneOffset.ofHours(7)), "Ruang Pelatihan LPSE", 3,
                "Agus Prasetyo"), new Actor("trainer-1", "trainer-1")).id().toString();
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(TrainingFixtures.provider("Peserta Sekali"))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(TrainingFixtures.provider("Peserta Sekali"))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("id", equalTo(first));
        given().when().get("/api/training/sessions/" + session).then().body("placesLeft", equalTo(2));
    }

    private static String register(String session, Map<String, Object> body, String expectedStatus) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("status", equalTo(expectedStatus))
                .header("Location", containsString("/api/training/registrations/"))
                .extract().path("id");
    }
}
