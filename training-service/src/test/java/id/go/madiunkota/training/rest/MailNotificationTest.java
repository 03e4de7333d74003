package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.mail.MailOutboxRepository;
import id.go.madiunkota.common.mail.MailStatus;
import id.go.madiunkota.common.mail.OutboxMail;
import id.go.madiunkota.testing.mail.GreenMailResource;
import id.go.madiunkota.testing.mail.GreenMailResource.ReceivedMail;
import id.go.madiunkota.testing.mail.OutboxMails;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.common.QuarkusTestResource;
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

/**
 * The participant's mails, read from a real SMTP server (GreenMail): a place confirmed (in the registration's
 * language), a waitlist position, the promotion when a place frees, the certificate once completed, the session's
 * cancellation to every open registration; none names the NIK. With the SMTP server stopped a registration still
 * succeeds and its mail goes out once the server is back.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
@TestSecurity(user = "trainer-1", roles = "trainer")
class MailNotificationTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    TestClock clock;

    @Inject
    MailOutboxRepository outbox;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void restore() {
        clock.reset();
        GreenMailResource.startServer();
    }

    @Test
    void aPlaceAWaitlistPositionThePromotionAndTheCertificateAreMailed() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 1));
        String first = address();
        String second = address();
        String a = register(session, "Peserta Surel A", first, "en", "CONFIRMED");
        String b = register(session, "Peserta Surel B", second, null, "WAITLISTED");

        ReceivedMail placed = GreenMailResource.awaitMail(first, "Training registration received");
        assertThat(placed.language()).isEqualTo("en");
        assertThat(placed.text()).contains("Dear Peserta Surel A", "Pelatihan SPSE untuk PROVIDER",
                "09.00-12.00 WIB", "Ruang Pelatihan LPSE");
        ReceivedMail waiting = GreenMailResource.awaitMail(second, "daftar tunggu");
        assertThat(waiting.language()).isEqualTo("id");
        assertThat(waiting.text()).contains("Yth. Peserta Surel B", "urutan ke-1");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Peserta berhalangan."))
                .when().post("/api/training/registrations/" + a + "/cancellation").then().statusCode(200);
        ReceivedMail promoted = GreenMailResource.awaitMail(second, "Anda mendapat tempat");
        assertThat(promoted.text()).contains("Pelatihan SPSE untuk PROVIDER", "09.00-12.00 WIB");

        clock.set(OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", b))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + b + "/completion").then().statusCode(200);
        ReceivedMail certificate = GreenMailResource.awaitMail(second, "Sertifikat pelatihan Anda");
        assertThat(certificate.text()).contains("Selamat", b);
        assertThat(certificate.attachments()).containsExactly("sertifikat-pelatihan.pdf");

        assertThat(GreenMailResource.mailsTo(second)).hasSize(3).allSatisfy(mail -> assertThat(mail.text())
                .doesNotContain(TrainingFixtures.nikOf("Peserta Surel B")));
        assertThat(GreenMailResource.mailsTo(first)).hasSize(1);
    }

    @Test
    void everyOpenRegistrationIsToldWhenTheSessionIsCancelled() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 2, 1));
        String placed = address();
        String waiting = address();
        register(session, "Peserta Batal A", placed, null, "CONFIRMED");
        register(session, "Peserta Batal B", waiting, "en", "WAITLISTED");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Ruang pelatihan dipakai untuk rapat darurat."))
                .when().post("/api/training/sessions/" + session + "/cancellation").then().statusCode(200);
        assertThat(GreenMailResource.awaitMail(placed, "Pelatihan dibatalkan").text())
                .contains("Ruang pelatihan dipakai untuk rapat darurat.");
        assertThat(GreenMailResource.awaitMail(waiting, "Training session cancelled").language()).isEqualTo("en");
    }

    @Test
    void withTheMailServerDownTheRegistrationSucceedsAndItsMailWaitsForIt() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 3), 2, 5));
        GreenMailResource.stopServer();
        String email = address();
        String id = register(session, "Peserta Tunggu", email, null, "CONFIRMED");

        OutboxMail waiting = OutboxMails.awaitAttempt(outbox, id);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank().doesNotContain(email);

        GreenMailResource.startServer();
        assertThat(GreenMailResource.awaitMail(email, "Pendaftaran pelatihan diterima").text())
                .contains("Yth. Peserta Tunggu");
    }

    private static String register(String session, String name, String email, String acceptLanguage,
            String status) {
        Map<String, Object> body = TrainingFixtures.provider(name);
        @SuppressWarnings("unchecked")
        Map<String, Object> participant = (Map<String, Object>) body.get("participant");
        participant.put("email", email);
        var call = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        return call.when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("status", equalTo(status)).extract().path("id");
    }

    private static String address() {
        return "peserta-" + UUID.randomUUID() + "@example.id";
    }
}
