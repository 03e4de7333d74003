package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.api.RegistrationBodies;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain notes: a procurement official's decree is "recorded (number, date) and checked before the registration is
 * confirmed". Declared on the public form, it keeps the place PENDING_DECREE until the trainer confirms it; refused,
 * the registration is cancelled and its place goes to the waitlist.
 */
@QuarkusTest
class DecreeCheckTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    private static final Map<String, Object> ACCEPT = Map.of("accepted", true);

    @Inject
    CalendarCopyService calendar;

    @Inject
    RegistrationService registrations;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aDecreeDeclaredOnThePublicFormWaitsForTheTrainersCheck() {
        String session = officialSession(1, 10);
        String declared = online(session, "Budi Santoso", "198503102010011001", true);
        given().when().get("/api/training/registrations/" + declared).then().statusCode(200)
                .body("status", equalTo("PENDING_DECREE"))
                .body("decree.number", equalTo("800/12/401.102/2026"))
                .body("decree.checked", equalTo(false));

        check(declared, ACCEPT, "id").statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decree.checked", equalTo(true))
                .body("decree.checkedAt", notNullValue());
        check(declared, ACCEPT, "id").statusCode(409)
                .body("title", equalTo("Surat keputusan sudah diperiksa"));
        check(declared, ACCEPT, "en").statusCode(409)
                .body("title", equalTo("Decree already checked"))
                .body("detail", containsString("The decree of this registration was already checked at"));
        assertThat(events(declared)).containsExactly("training.ParticipantRegistered:PENDING_DECREE",
                "training.ParticipantRegistered:CONFIRMED");

        // recorded by the trainer, the decree is seen: the place is confirmed at once
        given().contentType(ContentType.JSON)
                .body(TrainingFixtures.official("Rina Wati", "198503102010012002", true))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("decree.checked", equalTo(true));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aRefusedDecreeCancelsTheRegistrationAndThePlaceGoesToTheWaitlist() {
        String session = officialSession(2, 1);
        String holder = online(session, "Budi Santoso", "198503102010011001", true);
        String waiting = online(session, "Rina Wati", "198503102010012002", true);
        given().when().get("/api/training/registrations/" + waiting).then().body("status", equalTo("WAITLISTED"));

        check(holder, Map.of("accepted", false), "id").statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("alasan wajib diisi bila surat keputusan ditolak"));
        check(holder, Map.of("accepted", false, "reason", " "), "en").statusCode(400)
                .body("errors[0].message", equalTo("a reason is required when the decree is refused"));
        check(holder, Map.of("reason", "x"), "en").statusCode(400).body("errors[0].field", equalTo("accepted"));
        given().when().get("/api/training/registrations/" + holder).then().body("status", equalTo("PENDING_DECREE"));

        check(holder, Map.of("accepted", false, "reason", "SK tidak menugaskan peserta pada pelatihan ini."), "id")
                .statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("SK tidak menugaskan peserta pada pelatihan ini."));
        // promoted, but its own declared decree is not checked yet
        given().when().get("/api/training/registrations/" + waiting).then().body("status", equalTo("PENDING_DECREE"));
        assertThat(events(holder)).containsExactly("training.ParticipantRegistered:PENDING_DECREE",
                "training.DecreeRefused:PENDING_DECREE");
        assertThat(events(waiting)).containsExactly("training.ParticipantWaitlisted:",
                "training.ParticipantRegistered:PENDING_DECREE");
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void onlyADeclaredDecreeOfAnOfficialCanBeChecked() {
        String officials = officialSession(3, 10);
        String withoutDecree = online(officials, "Budi Santoso", "198503102010011001", false);
        check(withoutDecree, ACCEPT, "id").statusCode(422)
                .body("title", equalTo("Tidak ada surat keputusan untuk diperiksa"));
        check(withoutDecree, ACCEPT, "en").statusCode(422).body("title", equalTo("No decree to check"));
        given().when().get("/api/training/registrations/" + withoutDecree).then()
                .body("status", equalTo("PENDING_DECREE"));

        String providers = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 4), 3, 10));
        String provider = given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Siti"))
                .when().post("/api/training/sessions/" + providers + "/registrations").then().statusCode(201)
                .extract().path("id");
        check(provider, ACCEPT, "id").statusCode(422).body("title", equalTo("Surat keputusan tidak diperlukan"));
        check(provider, ACCEPT, "en").statusCode(422).body("title", equalTo("No decree needed"));
        check(UUID.randomUUID().toString(), ACCEPT, "en").statusCode(404);
    }

    @Test
    void checkingADecreeNeedsAToken() {
        check(UUID.randomUUID().toString(), ACCEPT, "id").statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void checkingADecreeIsTheTrainers() {
        check(UUID.randomUUID().toString(), ACCEPT, "id").statusCode(403).contentType("application/problem+json");
    }

    private String officialSession(int week, int capacity) {
        return TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, week), 3, capacity));
    }

    /** A registration on the public form (anonymous), with a declared decree or without. */
    private String online(String session, String name, String nip, boolean withDecree) {
        RegistrationBodies.Register body = mapper.convertValue(TrainingFixtures.official(name, nip, withDecree),
                RegistrationBodies.Register.class);
        return registrations.register(UUID.fromString(session), body, null, false).id().toString();
    }

    private static ValidatableResponse check(String registration, Map<String, Object> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post("/api/training/registrations/" + registration + "/decree-check").then();
    }

    /** The registration's events in the outbox, as {@code type:status} (the status, or previousStatus). */
    private List<String> events(String registration) {
        List<String> events = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT type, coalesce(payload->>'status', payload->>'previousStatus', '') FROM outbox_event "
                        + "WHERE aggregateid = ? ORDER BY seq")) {
            statement.setString(1, registration);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + ":" + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
