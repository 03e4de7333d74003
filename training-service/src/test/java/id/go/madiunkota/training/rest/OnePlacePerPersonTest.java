package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same person (NIK for a provider's participant, NIP for an official) holds at most one place or waitlist position
 * in a session: refused with 409 in both languages, at once or in parallel, and held by a unique index in the database.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class OnePlacePerPersonTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSamePersonCannotHoldTwoPlacesNorAPlaceAndTheWaitlist() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 1), 3, 1));
        String first = register(session, TrainingFixtures.provider("Siti Rahmawati")).statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("participant.nikMasked", equalTo(mask(TrainingFixtures.nikOf("Siti Rahmawati")))).extract()
                .path("id");
        // the same NIK under another spelling of the name is the same person
        Map<String, Object> again = TrainingFixtures.provider("Siti Rahmawati, S.E.");
        participant(again).put("nik", TrainingFixtures.nikOf("Siti Rahmawati"));
        register(session, again, "id").statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Peserta sudah terdaftar"))
                .body("detail", containsString("satu orang hanya dapat terdaftar sekali pada satu pelatihan"));
        register(session, again, "en").statusCode(409)
                .body("title", equalTo("Participant already registered"))
                .body("detail", equalTo("The same person (the same NIK or NIP) already holds a place or a waitlist "
                        + "position in the session of " + TrainingFixtures.workingDay(YEAR, 1) + "; one person "
                        + "registers once per session."));

        String waiting = register(session, TrainingFixtures.provider("Agus Salim")).statusCode(201)
                .body("status", equalTo("WAITLISTED")).extract().path("id");
        register(session, TrainingFixtures.provider("Agus Salim")).statusCode(409); // the waitlist counts too
        given().when().get("/api/training/sessions/" + session).then()
                .body("placesLeft", equalTo(0)).body("waitlisted", equalTo(1));

        // once cancelled, the person may register again (and waits: Agus took the freed place)
        given().contentType(ContentType.JSON).body(Map.of("reason", "Berhalangan."))
                .when().post("/api/training/registrations/" + first + "/cancellation").then().statusCode(200);
        given().when().get("/api/training/registrations/" + waiting).then().body("status", equalTo("CONFIRMED"));
        register(session, again).statusCode(201).body("status", equalTo("WAITLISTED"));
    }

    @Test
    void anOfficialIsKnownByTheNip() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, 2), 3, 10));
        register(session, TrainingFixtures.official("Budi Santoso", "198503102010011001", true)).statusCode(201);
        register(session, TrainingFixtures.official("Budi S.", "198503102010011001", false), "en").statusCode(409)
                .body("title", equalTo("Participant already registered"));
        register(session, TrainingFixtures.official("Budi Santoso", "198503102010011002", false)).statusCode(201);
    }

    @Test
    void aProvidersParticipantGivesTheNik() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 3), 3, 10));
        Map<String, Object> withoutNik = TrainingFixtures.provider("Tanpa NIK");
        participant(withoutNik).remove("nik");
        register(session, withoutNik, "id").statusCode(400)
                .body("errors[0].field", equalTo("participant.nik"))
                .body("errors[0].message", equalTo("NIK wajib diisi untuk peserta dari penyedia"));
        register(session, withoutNik, "en").statusCode(400)
                .body("errors[0].message", equalTo("a provider's participant needs a NIK"));
        Map<String, Object> badNik = TrainingFixtures.provider("NIK Salah");
        participant(badNik).put("nik", "1234567890123456");
        register(session, badNik, "en").statusCode(400).body("errors[0].field", equalTo("participant.nik"));
        given().when().get("/api/training/sessions/" + session + "/registrations").then().body("total", equalTo(0));
    }

    @Test
    void aRepeatForWhoIsAlreadyRegisteredInTheNextSessionLinksThatRegistration() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 2).plusDays(2); // a Wednesday in May
        String first = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 10));
        String next = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day.plusDays(1), 3, 10));
        String attended = register(first, TrainingFixtures.provider("Hadi Wijaya")).statusCode(201).extract()
                .path("id");
        String already = register(next, TrainingFixtures.provider("Hadi Wijaya")).statusCode(201).extract()
                .path("id");
        clock.set(OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", attended))
                .when().post("/api/training/sessions/" + first + "/attendance").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("understood", false))
                .when().post("/api/training/registrations/" + attended + "/completion").then().statusCode(200)
                .body("registration.repeatRegistrationId", equalTo(already))
                .body("repeat.id", equalTo(already));
        given().when().get("/api/training/sessions/" + next + "/registrations").then().body("total", equalTo(1));
    }

    @Test
    void parallelRegistrationsOfOnePersonGiveOnePlace() throws Exception {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 4), 3, 10));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            IntStream.range(0, 8).forEach(i -> answers.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                return register(session, TrainingFixtures.provider("Dewi Lestari")).extract().statusCode();
            })));
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(rowsOf(session)).isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsTheRuleEvenWithoutTheService() throws Exception {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 1).plusDays(1), 3, 10));
        String id = register(session, TrainingFixtures.provider("Rina Wati")).statusCode(201).extract().path("id");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE copy_of AS SELECT * FROM registration WHERE id = '" + id + "'");
            statement.execute("UPDATE copy_of SET id = '" + UUID.randomUUID() + "', queue_number = 999");
            assertThatThrownBy(() -> statement.execute("INSERT INTO registration SELECT * FROM copy_of"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("registration_one_per_person");
            statement.execute("DROP TABLE copy_of");
        }
        assertThat(rowsOf(session)).isEqualTo(1);
    }

    private long rowsOf(String session) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM registration WHERE session_id = ?")) {
            statement.setObject(1, UUID.fromString(session));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String mask(String nik) {
        return nik.substring(0, 4) + "********" + nik.substring(12);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> participant(Map<String, Object> body) {
        return (Map<String, Object>) body.get("participant");
    }

    private static ValidatableResponse register(String session, Map<String, Object> body) {
        return register(session, body, "id");
    }

    private static ValidatableResponse register(String session, Map<String, Object> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post("/api/training/sessions/" + session + "/registrations").then();
    }
}
