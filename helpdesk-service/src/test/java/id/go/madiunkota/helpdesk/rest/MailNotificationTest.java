package id.go.madiunkota.helpdesk.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.mail.MailOutboxRepository;
import id.go.madiunkota.common.mail.MailStatus;
import id.go.madiunkota.common.mail.OutboxMail;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import id.go.madiunkota.testing.mail.GreenMailResource;
import id.go.madiunkota.testing.mail.GreenMailResource.ReceivedMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The complainant's and the caller's mails, read from a real SMTP server (GreenMail): a complaint received and
 * answered, a callback scheduled when a consultation goes to LKPP, each in the person's language with the tracking
 * code and its link and without the phone number; with the SMTP server stopped the complaint is still received and its
 * mail goes out once the server is back.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailNotificationTest {

    @Inject
    TestClock clock;

    @Inject
    MailOutboxRepository outbox;

    @AfterEach
    void restore() {
        clock.reset();
        GreenMailResource.startServer();
    }

    @Test
    void aComplaintInEnglishGetsItsReceiptInEnglish() {
        String email = address();
        String code = submit(email, "en").getString("trackingCode");

        ReceivedMail mail = GreenMailResource.awaitMail(email, code);
        assertThat(mail.subject()).startsWith("We have received your complaint");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.from()).contains("layanan@madiunkota.go.id");
        assertThat(mail.text()).contains("Dear " + Bodies.COMPLAINANT_NAME, code,
                "/layanan/helpdesk/lacak?kode=" + code + "&lang=en").doesNotContain(Bodies.COMPLAINANT_PHONE);
    }

    @Test
    @TestSecurity(user = "agen.mail", roles = "helpdesk-agent")
    void aComplaintIsMailedWhenReceivedAndWhenAnswered() {
        String email = address();
        JsonPath complaint = submit(email, null);
        String code = complaint.getString("trackingCode");
        ReceivedMail receipt = GreenMailResource.awaitMail(email, "kami terima");
        assertThat(receipt.language()).isEqualTo("id");
        assertThat(receipt.text()).contains("Yth. " + Bodies.COMPLAINANT_NAME, code, "pengaduan",
                "/layanan/helpdesk/lacak?kode=" + code).doesNotContain("lang=en");

        given().contentType(ContentType.JSON).body(Map.of("answer", "Jadwal verifikasi ditambah pada hari Sabtu."))
                .when().post("/api/helpdesk/complaints/" + complaint.getString("id") + "/response")
                .then().statusCode(200);
        ReceivedMail answer = GreenMailResource.awaitMail(email, "Tanggapan atas pengaduan Anda");
        assertThat(answer.subject()).endsWith(code);
        assertThat(answer.text()).contains("Jadwal verifikasi ditambah pada hari Sabtu.", code);
        assertThat(GreenMailResource.mailsTo(email)).hasSize(2)
                .allSatisfy(m -> assertThat(m.text()).doesNotContain(Bodies.COMPLAINANT_PHONE));
    }

    @Test
    @TestSecurity(user = "agen.mail", roles = "helpdesk-agent")
    void aCallerWithAnAddressIsToldWhenTheCallbackIsDue() {
        clock.set(OffsetDateTime.parse("2026-12-01T09:00:00+07:00"));
        String email = address();
        Map<String, Object> body = Bodies.consultation();
        Bodies.callerOf(body).put("email", email);
        Bodies.callerOf(body).put("language", "en");
        String id = Consultations.open(body);
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.about(id))).isEmpty(); // nothing to tell yet

        clock.set(OffsetDateTime.parse("2026-12-01T09:05:00+07:00"));
        Consultations.escalate(id).statusCode(200);
        ReceivedMail mail = GreenMailResource.awaitMail(email, "We will call you back");
        assertThat(mail.language()).isEqualTo("en");
        // the standard's callback time after the escalation at 09:05 WIB
        assertThat(mail.text()).contains("Dear " + Bodies.CALLER_NAME, "LKPP", "1 December 2026", "WIB")
                .doesNotContain(Bodies.CALLER_PHONE);
    }

    @Test
    void withTheMailServerDownTheComplaintIsReceivedAndItsMailWaitsForIt() {
        GreenMailResource.stopServer();
        String email = address();
        String id = submit(email, null).getString("id"); // 201 although no mail can go out

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> outbox.about(id).getFirst());
            assertThat(mail.attempts()).isPositive();
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        });

        GreenMailResource.startServer();
        assertThat(GreenMailResource.awaitMail(email, "kami terima").text()).contains(Bodies.COMPLAINANT_NAME);
    }

    private static JsonPath submit(String email, String acceptLanguage) {
        Map<String, Object> body = Bodies.complaint();
        Bodies.complainantOf(body).put("email", email);
        var call = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        return call.when().post("/api/helpdesk/complaints").then().statusCode(201).extract().jsonPath();
    }

    private static String address() {
        return "pelapor-" + UUID.randomUUID() + "@example.id";
    }
}
