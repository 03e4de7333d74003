package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.api.SessionBodies;
import id.go.madiunkota.training.entity.Actor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.SessionService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who reads the registers of people: the auditor reads a session's registrations and the invitations, read-only,
 * with the participants' NIP, phone and e-mail masked; the admin reads the aggregate report but no register.
 */
@QuarkusTest
class RegisterReadersTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    SessionService sessions;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @Test
    @TestSecurity(user = "inspektorat", roles = "auditor")
    void theAuditorReadsRegistrationsMaskedAndChangesNothing() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 7);
        String session = sessions.schedule(new SessionBodies.Schedule("Pelatihan SPSE untuk Pejabat Pengadaan",
                Audience.PROCUREMENT_OFFICIAL, OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7)),
                OffsetDateTime.of(day.atTime(12, 0), ZoneOffset.ofHours(7)), "Ruang Pelatihan LPSE", 5,
                "Agus Prasetyo"), new Actor("trainer-1", "trainer-1")).id().toString();
        given().contentType(ContentType.JSON).body(TrainingFixtures.official("Dewi Anggraini", "198503102010012003",
                true)).when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201);

        given().when().get("/api/training/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items[0].participant.name", equalTo("Dewi Anggraini"))
                .body("items[0].participant.nip", equalTo(AuditorMask.identifier("198503102010012003")))
                .body("items[0].participant.phone", equalTo(AuditorMask.phone("081298765432")))
                .body("items.participant.phone", not(hasItem("081298765432")))
                .body("items.participant.nip", not(hasItem("198503102010012003")));
        given().when().get("/api/training/invitations").then().statusCode(200).body("page", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/training/sessions/" + session + "/cancellation").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theTrainerSeesParticipantsWhole() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 8);
        String session = sessions.schedule(new SessionBodies.Schedule("Pelatihan SPSE untuk Penyedia",
                Audience.PROVIDER, OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7)),
                OffsetDateTime.of(day.atTime(12, 0), ZoneOffset.ofHours(7)), "Ruang Pelatihan LPSE", 5,
                "Agus Prasetyo"), new Actor("trainer-1", "trainer-1")).id().toString();
        given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Budi Santoso"))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201);
        given().when().get("/api/training/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items.participant.phone", everyItem(equalTo("081234567890")))
                .body("items[0].participant.email", equalTo("peserta@majujaya.co.id"));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theAdminReadsTheReportButNoRegister() {
        given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get("/api/training/reports").then().statusCode(200).body("from", equalTo(YEAR + "-01-01"));
        given().when().get("/api/training/invitations").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }
}
