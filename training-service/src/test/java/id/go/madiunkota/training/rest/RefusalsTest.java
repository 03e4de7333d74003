package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the API, asked in Bahasa Indonesia and in English: the status, the problem type (stable for
 * clients), the field named where one is wrong, and a title and detail in the language asked for.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class RefusalsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://madiunkota.go.id/problems/";
    private static final int YEAR = TrainingFixtures.freshYear();

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

    /**
     * Asks twice, in each language, and checks the problem: {@code status}, type {@code code}, the titles; when
     * {@code field} is not null, the field named in both answers.
     */
    private static void refused(Function<String, ValidatableResponse> ask, int status, String code, String field,
            String titleId, String titleEn) {
        for (String language : new String[] {"id", "en"}) {
            ValidatableResponse answer = ask.apply(language).statusCode(status).contentType(PROBLEM)
                    .body("status", equalTo(status))
                    .body("type", equalTo(TYPES + code))
                    .body("title", equalTo("id".equals(language) ? titleId : titleEn))
                    .body("detail", not(emptyOrNullString()));
            if (field != null) {
                answer.body("errors.field", hasItem(field));
            }
        }
    }

    private static Function<String, ValidatableResponse> post(String path, Object body) {
        return language -> given().header("Accept-Language", language).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    private static Function<String, ValidatableResponse> get(String path, Map<String, ?> query) {
        return language -> given().header("Accept-Language", language).queryParams(query).when().get(path).then();
    }

    /**
     * The {@code n}-th Monday (from 1) from the first of November: a month without a holiday fixed by law, so that
     * the days after it are working days too.
     */
    private static LocalDate monday(int n) {
        return LocalDate.of(YEAR, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
    }

    private static String schedule(String audience, LocalDate day, int capacity) {
        return TrainingFixtures.schedule(TrainingFixtures.session(audience, day, 3, capacity));
    }

    private static String register(String session, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).extract().path("id");
    }

    private static void at(TestClock clock, LocalDate day, int hour) {
        clock.set(OffsetDateTime.of(day.atTime(hour, 0), ZoneOffset.ofHours(7)));
    }

    // --- scheduling

    @Test
    void aSessionOutsideTheRulesIsRefused() {
        LocalDate day = monday(1);
        Map<String, Object> twoDays = TrainingFixtures.session("PROVIDER", day, 3, 10);
        twoDays.put("endsAt", day.plusDays(1) + "T10:00:00+07:00");
        refused(post("/api/training/sessions", twoDays), 422, "session.one-day", null,
                "Pelatihan harus dalam satu hari", "A session lasts one day");
        refused(post("/api/training/sessions", TrainingFixtures.session("PROVIDER", day, 1, 10)), 422,
                "session.duration", null, "Lama pelatihan tidak sesuai standar", "Session length outside the standard");
        refused(post("/api/training/sessions", TrainingFixtures.session("PROVIDER", day, 6, 10)), 422,
                "session.duration", null, "Lama pelatihan tidak sesuai standar", "Session length outside the standard");
        refused(post("/api/training/sessions", TrainingFixtures.session("PROVIDER", LocalDate.of(2020, 3, 2), 3, 10)),
                422, "session.in-past", null, "Waktu pelatihan sudah lewat", "The time has passed");
        refused(post("/api/training/sessions", TrainingFixtures.session("PROVIDER", LocalDate.of(2150, 3, 2), 3, 10)),
                422, "session.calendar-missing", null, "Kalender hari kerja belum tersedia",
                "Working-day calendar not available");
        refused(post("/api/training/sessions", TrainingFixtures.session("PROVIDER", TrainingFixtures.holiday(YEAR), 3,
                10)), 422, "session.non-working-day", null, "Bukan hari kerja", "Not a working day");
        Map<String, Object> backwards = TrainingFixtures.session("PROVIDER", day, 3, 10);
        backwards.put("endsAt", day + "T08:00:00+07:00");
        refused(post("/api/training/sessions", backwards), 400, "validation", "endsAt", "Data tidak valid",
                "Invalid data");
        Map<String, Object> tooMany = TrainingFixtures.session("PROVIDER", day, 3, 501);
        refused(post("/api/training/sessions", tooMany), 400, "validation", "capacity", "Data tidak valid",
                "Invalid data");
        Map<String, Object> noAudience = TrainingFixtures.session("PROVIDER", day, 3, 10);
        noAudience.remove("audience");
        refused(post("/api/training/sessions", noAudience), 400, "validation", "audience", "Data tidak valid",
                "Invalid data");
    }

    @Test
    void aSessionIsCancelledOnceAndNotAfterItTookPlace() {
        LocalDate day = monday(2);
        String cancelled = schedule("PROVIDER", day, 10);
        Map<String, String> reason = Map.of("reason", "Ruang dipakai.");
        given().contentType(ContentType.JSON).body(reason)
                .when().post("/api/training/sessions/" + cancelled + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("trainer-1"));
        refused(post("/api/training/sessions/" + cancelled + "/cancellation", reason), 409, "invalid-transition",
                null, "Perubahan status tidak diizinkan", "State change not allowed");

        String held = schedule("PROVIDER", day, 10);
        at(clock, day, 13);
        refused(post("/api/training/sessions/" + held + "/cancellation", reason), 422, "session.already-held", null,
                "Pelatihan sudah berlangsung", "The session has taken place");
        refused(post("/api/training/sessions/" + held + "/cancellation", Map.of("reason", " ")), 400, "validation",
                "reason", "Data tidak valid", "Invalid data");
        refused(post("/api/training/sessions/" + UUID.randomUUID() + "/cancellation", reason), 404, "not-found", null,
                "Data tidak ditemukan", "Not found");
    }

    // --- registering

    @SuppressWarnings("unchecked")
    @Test
    void aRegistrationMissingWhatItsAudienceNeedsIsRefusedNamingTheField() {
        LocalDate day = monday(3);
        String officials = schedule("PROCUREMENT_OFFICIAL", day, 10);
        String providers = schedule("PROVIDER", day.plusDays(1), 10);

        Map<String, Object> noNip = TrainingFixtures.official("Tanpa NIP", "198001012005011001", true);
        ((Map<String, Object>) noNip.get("participant")).remove("nip");
        refused(post("/api/training/sessions/" + officials + "/registrations", noNip), 400, "validation",
                "participant.nip", "Data tidak valid", "Invalid data");

        Map<String, Object> noNik = TrainingFixtures.provider("Tanpa NIK");
        ((Map<String, Object>) noNik.get("participant")).remove("nik");
        refused(post("/api/training/sessions/" + providers + "/registrations", noNik), 400, "validation",
                "participant.nik", "Data tidak valid", "Invalid data");

        Map<String, Object> badNip = TrainingFixtures.official("NIP Pendek", "12345", true);
        refused(post("/api/training/sessions/" + officials + "/registrations", badNip), 400, "validation",
                "participant.nip", "Data tidak valid", "Invalid data");

        Map<String, Object> lateDecree = TrainingFixtures.official("SK Terlambat", "198001012005011002", false);
        lateDecree.put("decree", Map.of("number", "800/1/2026", "date", day.plusDays(1).toString()));
        // a decree dated after the session's day cannot assign the official to it (its date is in the past today)
        refused(post("/api/training/sessions/" + officials + "/registrations", lateDecree), 400, "validation",
                "decree.date", "Data tidak valid", "Invalid data");
    }

    @Test
    void aRegistrationForTheOtherAudienceOrTwiceIsRefused() {
        LocalDate day = monday(4);
        String providers = schedule("PROVIDER", day, 10);
        refused(post("/api/training/sessions/" + providers + "/registrations",
                TrainingFixtures.official("Salah Sasaran", "198001012005011005", true)), 422,
                "registration.audience-mismatch", null, "Peserta tidak sesuai sasaran pelatihan",
                "Participant does not match the session's audience");
        register(providers, TrainingFixtures.provider("Sudah Terdaftar"));
        refused(post("/api/training/sessions/" + providers + "/registrations",
                TrainingFixtures.provider("Sudah Terdaftar")), 409, "registration.same-person", null,
                "Peserta sudah terdaftar", "Participant already registered");
        refused(post("/api/training/sessions/" + UUID.randomUUID() + "/registrations",
                TrainingFixtures.provider("Tanpa Sesi")), 404, "not-found", null, "Data tidak ditemukan", "Not found");
    }

    @Test
    void registrationClosesWhenTheSessionStartsOrIsCancelled() {
        LocalDate day = monday(5);
        String started = schedule("PROVIDER", day, 10);
        String cancelled = schedule("PROVIDER", day.plusDays(1), 10);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Batal."))
                .when().post("/api/training/sessions/" + cancelled + "/cancellation").then().statusCode(200);
        refused(post("/api/training/sessions/" + cancelled + "/registrations", TrainingFixtures.provider("Terlambat")),
                409, "invalid-transition", null, "Perubahan status tidak diizinkan", "State change not allowed");
        at(clock, day, 9);
        refused(post("/api/training/sessions/" + started + "/registrations", TrainingFixtures.provider("Terlambat")),
                422, "session.registration-closed", null, "Pendaftaran sudah ditutup", "Registration closed");
    }

    // --- the decree

    @Test
    void aDecreeIsRefusedWhereItDoesNotBelong() {
        LocalDate day = monday(6);
        String providers = schedule("PROVIDER", day, 10);
        String officials = schedule("PROCUREMENT_OFFICIAL", day.plusDays(1), 10);
        String provider = register(providers, TrainingFixtures.provider("Penyedia Tanpa SK"));
        Map<String, String> decree = Map.of("number", "800/5/2026", "date", "2026-11-20");
        refused(post("/api/training/registrations/" + provider + "/decree", decree), 422,
                "registration.decree-not-needed", null, "Surat keputusan tidak diperlukan", "No decree needed");
        refused(post("/api/training/registrations/" + provider + "/decree-check", Map.of("accepted", true)), 422,
                "registration.decree-not-needed", null, "Surat keputusan tidak diperlukan", "No decree needed");

        String withoutDecree = TrainingFixtures.online(registrations, mapper, officials,
                TrainingFixtures.official("Pejabat Tanpa SK", "198001012005011006", false));
        refused(post("/api/training/registrations/" + withoutDecree + "/decree-check", Map.of("accepted", true)), 422,
                "registration.no-decree-declared", null, "Tidak ada surat keputusan untuk diperiksa",
                "No decree to check");
        refused(post("/api/training/registrations/" + withoutDecree + "/decree",
                Map.of("number", "800/5/2026", "date", day.plusDays(2).toString())), 400, "validation", "date",
                "Data tidak valid", "Invalid data");

        String declared = TrainingFixtures.online(registrations, mapper, officials,
                TrainingFixtures.official("Pejabat Dengan SK", "198001012005011007", true));
        refused(post("/api/training/registrations/" + declared + "/decree-check", Map.of("accepted", false)), 400,
                "validation", "reason", "Data tidak valid", "Invalid data");
        refused(post("/api/training/registrations/" + declared + "/decree-check", Map.of()), 400, "validation",
                "accepted", "Data tidak valid", "Invalid data");
        given().contentType(ContentType.JSON).body(Map.of("accepted", true))
                .when().post("/api/training/registrations/" + declared + "/decree-check").then().statusCode(200)
                .body("decree.checkedBy", equalTo("trainer-1"));
        refused(post("/api/training/registrations/" + declared + "/decree-check", Map.of("accepted", true)), 409,
                "registration.decree-already-checked", null, "Surat keputusan sudah diperiksa",
                "Decree already checked");
        refused(post("/api/training/registrations/" + UUID.randomUUID() + "/decree", decree), 404, "not-found", null,
                "Data tidak ditemukan", "Not found");
    }

    // --- attendance and completion

    @Test
    void attendanceAndCompletionAreRefusedOutOfTurn() {
        LocalDate day = monday(7);
        String session = schedule("PROVIDER", day, 10);
        String other = schedule("PROVIDER", day.plusDays(1), 10);
        String confirmed = register(session, TrainingFixtures.provider("Hadir Tepat"));
        String elsewhere = register(other, TrainingFixtures.provider("Hadir Lain"));
        String cancelled = register(session, TrainingFixtures.provider("Hadir Batal"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Berhalangan."))
                .when().post("/api/training/registrations/" + cancelled + "/cancellation").then().statusCode(200);

        String attendance = "/api/training/sessions/" + session + "/attendance";
        refused(post(attendance, Map.of("registrationId", confirmed)), 422, "session.not-yet-held", null,
                "Pelatihan belum berlangsung", "The session has not taken place yet");
        refused(post("/api/training/registrations/" + confirmed + "/completion", Map.of("understood", true)), 409,
                "invalid-transition", null, "Perubahan status tidak diizinkan", "State change not allowed");
        at(clock, day, 10);
        refused(post(attendance, Map.of("registrationId", elsewhere)), 404, "not-found", null,
                "Data tidak ditemukan", "Not found");
        refused(post(attendance, Map.of("registrationId", cancelled)), 409, "invalid-transition", null,
                "Perubahan status tidak diizinkan", "State change not allowed");
        refused(post(attendance, Map.of()), 400, "validation", "registrationId", "Data tidak valid",
                "Invalid data");
        refused(post("/api/training/sessions/" + UUID.randomUUID() + "/attendance",
                Map.of("registrationId", confirmed)), 404, "not-found", null, "Data tidak ditemukan", "Not found");
        given().contentType(ContentType.JSON).body(Map.of("registrationId", confirmed))
                .when().post(attendance).then().statusCode(200).body("attendanceRecordedBy", equalTo("trainer-1"));
        refused(post(attendance, Map.of("registrationId", confirmed)), 409, "invalid-transition", null,
                "Perubahan status tidak diizinkan", "State change not allowed");
        refused(post("/api/training/registrations/" + confirmed + "/completion", Map.of()), 400, "validation",
                "understood", "Data tidak valid", "Invalid data");
        refused(post("/api/training/registrations/" + confirmed + "/cancellation", Map.of("reason", "x")), 409,
                "invalid-transition", null, "Perubahan status tidak diizinkan", "State change not allowed");
    }

    // --- reading

    @Test
    void readsOfWhatDoesNotExistOrWithBadParametersAreRefused() {
        refused(get("/api/training/registrations/" + UUID.randomUUID(), Map.of()), 404, "not-found", null,
                "Data tidak ditemukan", "Not found");
        refused(get("/api/training/sessions/" + UUID.randomUUID() + "/registrations", Map.of()), 404, "not-found",
                null, "Data tidak ditemukan", "Not found");
        refused(get("/api/training/sessions/" + UUID.randomUUID() + "/attendance", Map.of()), 404, "not-found",
                null, "Data tidak ditemukan", "Not found");
        refused(get("/api/training/reports", Map.of("to", "2026-12-31")), 400, "validation", "from",
                "Data tidak valid", "Invalid data");
        refused(get("/api/training/reports", Map.of("from", "2026-12-31", "to", "2026-01-01")), 400, "validation",
                "to", "Data tidak valid", "Invalid data");
        refused(get("/api/training/reports", Map.of("from", "2026-01-01", "to", "2027-01-02")), 400, "validation",
                "to", "Data tidak valid", "Invalid data");
        refused(get("/api/training/sessions", Map.of("size", 101)), 400, "validation", "size", "Data tidak valid",
                "Invalid data");
        refused(get("/api/training/sessions", Map.of("page", -1)), 400, "validation", "page", "Data tidak valid",
                "Invalid data");
    }
}
