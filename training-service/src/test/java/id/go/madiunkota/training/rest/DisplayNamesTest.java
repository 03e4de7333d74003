package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.KeycloakLikeToken;
import id.go.madiunkota.training.support.OutboxRows;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who acted is stored as the token's subject and the display name at the time; answers show the display name (a
 * supervisor reads "pelatih.lpse", not a Keycloak id); the events name nobody.
 */
@QuarkusTest
class DisplayNamesTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    private static final String TRAINER = "pelatih.lpse";
    private static final String SUBJECT = KeycloakLikeToken.subjectOf(TRAINER);

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

    @Test
    @TestSecurity(user = TRAINER, roles = "trainer", augmentors = KeycloakLikeToken.class)
    void everyStaffActionShowsTheDisplayNameAndStoresTheSubject() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL", day, 3, 5));
        given().when().get("/api/training/sessions/" + session).then().statusCode(200)
                .body("scheduledBy", equalTo(TRAINER)).body("cancelledBy", nullValue());
        assertThat(stored("SELECT scheduled_by, scheduled_by_name FROM training_session WHERE id = ?", session))
                .containsExactly(SUBJECT, TRAINER);

        String byTrainer = given().contentType(ContentType.JSON)
                .body(TrainingFixtures.official("Nama Pejabat", "198001012005011011", true))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201)
                .body("registeredBy", equalTo(TRAINER)).body("decree.checkedBy", equalTo(TRAINER))
                .extract().path("id");
        assertThat(stored("SELECT registered_by, registered_by_name, decree_checked_by, decree_checked_by_name "
                + "FROM registration WHERE id = ?", byTrainer)).containsExactly(SUBJECT, TRAINER, SUBJECT, TRAINER);

        String online = TrainingFixtures.online(registrations, mapper, session,
                TrainingFixtures.official("Pendaftar Daring", "198001012005011012", true));
        given().when().get("/api/training/registrations/" + online).then().statusCode(200)
                .body("registeredBy", nullValue()).body("decree.checkedBy", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("accepted", true))
                .when().post("/api/training/registrations/" + online + "/decree-check").then().statusCode(200)
                .body("decree.checkedBy", equalTo(TRAINER)).body("registeredBy", nullValue());

        clock.set(OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", byTrainer))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(200)
                .body("attendanceRecordedBy", equalTo(TRAINER));
        assertThat(stored("SELECT attendance_recorded_by, attendance_recorded_by_name FROM registration WHERE id = ?",
                byTrainer)).containsExactly(SUBJECT, TRAINER);
        given().when().get("/api/training/sessions/" + session + "/attendance").then().statusCode(200)
                .body("items[0].attendanceRecordedBy", equalTo(TRAINER));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Dipindah ke sesi lain."))
                .when().post("/api/training/registrations/" + online + "/cancellation").then().statusCode(200)
                .body("cancelledBy", equalTo(TRAINER));
        assertThat(stored("SELECT cancelled_by, cancelled_by_name FROM registration WHERE id = ?", online))
                .containsExactly(SUBJECT, TRAINER);

        // the events name nobody: neither the display name nor the subject is a participant's business
        for (String id : List.of(session, byTrainer, online)) {
            assertThat(OutboxRows.of(dataSource, id)).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.payload()).doesNotContain(TRAINER));
        }
    }

    @Test
    @TestSecurity(user = "admin.lpse", roles = "admin", augmentors = KeycloakLikeToken.class)
    void theAdminWhoCancelsASessionIsNamedAndItsRegistrationsAreCancelledInTheirName() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, 5));
        String registration = TrainingFixtures.online(registrations, mapper, session,
                TrainingFixtures.provider("Peserta Batal Sesi"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Pelatih sakit."))
                .when().post("/api/training/sessions/" + session + "/cancellation").then().statusCode(200)
                .body("cancelledBy", equalTo("admin.lpse")).body("scheduledBy", equalTo("admin.lpse"));
        assertThat(stored("SELECT cancelled_by, cancelled_by_name FROM training_session WHERE id = ?", session))
                .containsExactly(KeycloakLikeToken.subjectOf("admin.lpse"), "admin.lpse");
        assertThat(stored("SELECT cancelled_by_name, cancel_reason FROM registration WHERE id = ?", registration))
                .containsExactly("admin.lpse", "SESSION_CANCELLED");
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void withoutATokenTheLoginNameIsBothSubjectAndName() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 3), 3, 5));
        assertThat(stored("SELECT scheduled_by, scheduled_by_name FROM training_session WHERE id = ?", session))
                .containsExactly("trainer-1", "trainer-1");
    }

    private List<String> stored(String sql, String id) {
        List<String> values = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("row %s", id).isTrue();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}
