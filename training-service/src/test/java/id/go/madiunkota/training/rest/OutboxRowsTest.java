package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.OutboxRows;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox rows each move writes, in the move's own transaction: how many, of which type, for which subject (the
 * aggregate id), with no personal data in the payload; a refused move writes none.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class OutboxRowsTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    DataSource dataSource;

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

    private List<OutboxRows.Row> rows(String subject) {
        return OutboxRows.of(dataSource, subject);
    }

    /**
     * The session's rows without the invitations of providers activated before it was scheduled: those come from
     * ProviderActivated events that other test classes (and verification-service's tests, on the shared broker) left
     * on the topic, and which of this class's sessions receives them depends on the order the tests run in.
     */
    private List<OutboxRows.Row> ownRows(String session) {
        return rows(session).stream().filter(row -> !row.type().equals("training.ProviderInvited")).toList();
    }

    private static String register(String session, Map<String, Object> body, String status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("status", equalTo(status)).extract().path("id");
    }

    private static void noPersonalData(OutboxRows.Row row, String name) {
        assertThat(row.payload()).doesNotContain(name, TrainingFixtures.nikOf(name), "081234567890",
                "peserta@majujaya.co.id", "CV Maju Jaya");
    }

    @Test
    void schedulingWritesOneTrainingScheduledForTheSession() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 12));
        List<OutboxRows.Row> written = ownRows(session);
        assertThat(written).hasSize(1);
        OutboxRows.Row row = written.get(0);
        assertThat(row.type()).isEqualTo("training.TrainingScheduled");
        assertThat(row.aggregateType()).isEqualTo("TrainingSession");
        assertThat(row.payload()).contains("\"sessionId\": \"" + session + "\"").contains("\"capacity\": 12")
                .contains("\"audience\": \"PROVIDER\"").contains("\"date\": \"" + day + "\"");
    }

    @Test
    void aPlaceAWaitlistPositionAndAPromotionEachWriteTheirEvent() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, 1));
        String placed = register(session, TrainingFixtures.provider("Outbox Satu"), "CONFIRMED");
        String waiting = register(session, TrainingFixtures.provider("Outbox Dua"), "WAITLISTED");

        List<OutboxRows.Row> ofPlaced = rows(placed);
        assertThat(ofPlaced).extracting(OutboxRows.Row::type).containsExactly("training.ParticipantRegistered");
        assertThat(ofPlaced.get(0).aggregateType()).isEqualTo("Registration");
        assertThat(ofPlaced.get(0).payload()).contains("\"status\": \"CONFIRMED\"").contains("\"attempt\": 1")
                .contains("\"participantType\": \"PROVIDER\"").contains("\"sessionId\": \"" + session + "\"");
        noPersonalData(ofPlaced.get(0), "Outbox Satu");

        List<OutboxRows.Row> ofWaiting = rows(waiting);
        assertThat(ofWaiting).extracting(OutboxRows.Row::type).containsExactly("training.ParticipantWaitlisted");
        assertThat(ofWaiting.get(0).payload()).contains("\"position\": 1");
        noPersonalData(ofWaiting.get(0), "Outbox Dua");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Berhalangan."))
                .when().post("/api/training/registrations/" + placed + "/cancellation").then().statusCode(200);
        assertThat(rows(placed)).as("a cancelled registration announces nothing of its own").hasSize(1);
        assertThat(rows(waiting)).extracting(OutboxRows.Row::type).containsExactly(
                "training.ParticipantWaitlisted", "training.ParticipantRegistered");
        assertThat(rows(waiting).get(1).payload()).contains("\"status\": \"CONFIRMED\"");

        // refused moves write nothing
        given().contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/training/registrations/" + placed + "/cancellation").then().statusCode(409);
        given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Outbox Dua"))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(409);
        assertThat(rows(placed)).hasSize(1);
        assertThat(rows(waiting)).hasSize(2);
    }

    @Test
    void attendanceAndCompletionWriteOneEventEach() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 3);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 5));
        String id = register(session, TrainingFixtures.provider("Outbox Hadir"), "CONFIRMED");
        clock.set(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", id))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("registrationId", id))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + id + "/completion").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + id + "/completion").then().statusCode(409);

        List<OutboxRows.Row> written = rows(id);
        assertThat(written).extracting(OutboxRows.Row::type).containsExactly("training.ParticipantRegistered",
                "training.AttendanceRecorded", "training.TrainingCompleted");
        assertThat(written.get(1).payload()).contains("\"sessionId\": \"" + session + "\"")
                .contains("\"recordedAt\": \"" + day + "T03:");
        assertThat(written.get(2).payload()).contains("\"understood\": true").contains("\"attempt\": 1");
        written.forEach(row -> noPersonalData(row, "Outbox Hadir"));
    }

    @Test
    void cancellingASessionWritesOneTrainingCancelledCountingTheOpenRegistrations() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 4), 3, 2));
        String a = register(session, TrainingFixtures.provider("Batal A"), "CONFIRMED");
        String b = register(session, TrainingFixtures.provider("Batal B"), "CONFIRMED");
        String c = register(session, TrainingFixtures.provider("Batal C"), "WAITLISTED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Berhalangan."))
                .when().post("/api/training/registrations/" + a + "/cancellation").then().statusCode(200);
        // c took a's place; b and c are open
        given().contentType(ContentType.JSON).body(Map.of("reason", "Ruang dipakai rapat darurat."))
                .when().post("/api/training/sessions/" + session + "/cancellation").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/training/sessions/" + session + "/cancellation").then().statusCode(409);

        List<OutboxRows.Row> ofSession = ownRows(session);
        assertThat(ofSession).extracting(OutboxRows.Row::type).containsExactly("training.TrainingScheduled",
                "training.TrainingCancelled");
        assertThat(ofSession.get(1).payload()).contains("\"registrantsNotified\": 2")
                .contains("\"reason\": \"Ruang dipakai rapat darurat.\"");
        assertThat(rows(b)).as("the registrants are told through the session's event").hasSize(1);
        assertThat(rows(c)).extracting(OutboxRows.Row::type).containsExactly("training.ParticipantWaitlisted",
                "training.ParticipantRegistered");
        given().when().get("/api/training/registrations/" + b).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("SESSION_CANCELLED"))
                .body("cancelledBy", equalTo("trainer-1"));
    }

    @Test
    void aRefusedDecreeWritesDecreeRefusedWithTheStatusItLeft() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, 5), 3, 5));
        String declared = given().contentType(ContentType.JSON)
                .body(TrainingFixtures.official("Outbox Pejabat", "198001012005011003", true))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).extract().path("id");
        // registered by a trainer: the decree counts as seen and the place is confirmed at once
        assertThat(rows(declared)).extracting(OutboxRows.Row::payload).singleElement().asString()
                .contains("\"status\": \"CONFIRMED\"");

        String online = declaredOnline(session);
        given().contentType(ContentType.JSON).body(Map.of("accepted", false, "reason", "Bukan untuk pelatihan ini."))
                .when().post("/api/training/registrations/" + online + "/decree-check").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        List<OutboxRows.Row> written = rows(online);
        assertThat(written).extracting(OutboxRows.Row::type).containsExactly("training.ParticipantRegistered",
                "training.DecreeRefused");
        assertThat(written.get(0).payload()).contains("\"status\": \"PENDING_DECREE\"");
        assertThat(written.get(1).payload()).contains("\"previousStatus\": \"PENDING_DECREE\"")
                .doesNotContain("Bukan untuk pelatihan ini.", "198001012005011004");
    }

    private String declaredOnline(String session) {
        return TrainingFixtures.online(registrations, mapper, session,
                TrainingFixtures.official("Outbox Daring", "198001012005011004", true));
    }
}
