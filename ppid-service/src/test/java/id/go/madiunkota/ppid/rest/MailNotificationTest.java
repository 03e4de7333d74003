package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.MailOutboxRepository;
import id.go.madiunkota.common.mail.MailStatus;
import id.go.madiunkota.common.mail.OutboxMail;
import id.go.madiunkota.ppid.support.RequestBodies;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The applicant's mails, read from a real SMTP server (GreenMail, started for the whole module's tests): each step of
 * a request and an objection driven over HTTP sends its mail in the applicant's language, with the registration
 * number, the tracking code and its link, never the NIK; with the SMTP server stopped the request is still registered
 * and its mail goes out once the server is back.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailNotificationTest {

    private static final String FROM = "layanan@madiunkota.go.id";

    @Inject
    TestClock clock;

    @Inject
    MailOutboxRepository outbox;

    @AfterEach
    void realTime() {
        clock.reset();
        GreenMailResource.startServer();
    }

    @Test
    void anOnlineRequestInEnglishGetsItsReceiptInEnglish() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String email = address();
        JsonPath request = submit(email, "en-GB,en;q=0.9,id;q=0.5", null);

        ReceivedMail mail = GreenMailResource.awaitMail(email, request.getString("registrationNumber"));
        assertThat(mail.subject()).startsWith("Your information request has been received");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.from()).contains(FROM);
        assertThat(mail.text()).contains("Dear Sri Wahyuni", request.getString("trackingCode"), "6 April 2026",
                "/layanan/ppid/lacak?kode=" + request.getString("trackingCode") + "&lang=en");
        assertNoNik(mail);
    }

    @Test
    @TestSecurity(user = "ppid-staff", roles = {"ppid-officer", "ppid-superior"})
    void eachStepOfARejectedRequestAndItsObjectionIsMailedInIndonesian() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String email = address();
        JsonPath request = submit(email, null, "WALK_IN");
        String id = request.getString("id");
        String number = request.getString("registrationNumber");
        String code = request.getString("trackingCode");

        ReceivedMail receipt = GreenMailResource.awaitMail(email, "Permohonan informasi Anda diterima");
        assertThat(receipt.subject()).endsWith(number);
        assertThat(receipt.language()).isEqualTo("id");
        assertThat(receipt.text()).contains("Yth. Sri Wahyuni", code, "13 Maret 2026", "6 April 2026",
                "/layanan/ppid/lacak?kode=" + code).doesNotContain("lang=en");

        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        post("/api/ppid/requests/" + id + "/extension", Map.of("reason", "Data dihimpun dari tiga bidang"));
        ReceivedMail extension = GreenMailResource.awaitMail(email, "diperpanjang");
        assertThat(extension.text()).contains("Data dihimpun dari tiga bidang", "15 April 2026", code);

        clock.set(OffsetDateTime.parse("2026-04-02T09:00:00+07:00"));
        post("/api/ppid/requests/" + id + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Memuat rahasia pribadi pihak ketiga."));
        ReceivedMail decision = GreenMailResource.awaitMail(email, "Keputusan atas permohonan");
        assertThat(decision.text()).contains("ditolak", "2 April 2026", "Pemberitahuan Tertulis",
                "/layanan/ppid/lacak?kode=" + code, "keberatan");
        // the letter is named by reference in the outbox and rendered when the mail is sent
        assertThat(decision.attachments()).containsExactly("pemberitahuan-tertulis.pdf");

        clock.set(OffsetDateTime.parse("2026-04-06T09:00:00+07:00"));
        JsonPath objection = given().contentType(ContentType.JSON).header("X-Tracking-Code", code)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + id + "/objections").then().statusCode(201).extract().jsonPath();
        ReceivedMail received = GreenMailResource.awaitMail(email, "Keberatan Anda diterima");
        assertThat(received.subject()).endsWith(objection.getString("registrationNumber"));
        assertThat(received.text()).contains(number, "21 Mei 2026", code);

        clock.set(OffsetDateTime.parse("2026-04-20T09:00:00+07:00"));
        String decided = given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "reason", "Pengecualian Pasal 17 huruf h telah diuji."))
                .when().post("/api/ppid/objections/" + objection.getString("id") + "/decision")
                .then().statusCode(200).extract().path("disputeDueDate");
        ReceivedMail answer = GreenMailResource.awaitMail(email, "Tanggapan Atasan PPID");
        assertThat(answer.text()).contains("Pengecualian Pasal 17 huruf h telah diuji.", "Komisi Informasi",
                MailLanguage.date(LocalDate.parse(decided), "id"));

        List<ReceivedMail> all = GreenMailResource.mailsTo(email);
        assertThat(all).hasSize(5).allSatisfy(MailNotificationTest::assertNoNik)
                .allSatisfy(mail -> assertThat(mail.language()).isEqualTo("id"));
    }

    @Test
    @TestSecurity(user = "ppid-staff", roles = {"ppid-officer", "ppid-superior"})
    void aGrantedRequestIsMailedItsDecisionAndDelivery() {
        String email = address();
        String id = submit(email, null, "WALK_IN").getString("id");
        post("/api/ppid/requests/" + id + "/decision", Map.of("outcome", "GRANTED", "copyFormat", "SOFTCOPY",
                "note", "Salinan DPA terlampir dalam surel terpisah"));
        ReceivedMail decision = GreenMailResource.awaitMail(email, "Keputusan atas permohonan");
        assertThat(decision.text()).contains("diberikan", "Salinan DPA terlampir dalam surel terpisah");

        post("/api/ppid/requests/" + id + "/delivery",
                Map.of("deliveredAt", OffsetDateTime.now(clock).toString(), "method", "EMAIL"));
        ReceivedMail delivery = GreenMailResource.awaitMail(email, "telah diserahkan");
        assertThat(delivery.text()).contains("surel");
        assertThat(GreenMailResource.mailsTo(email)).hasSize(3).allSatisfy(MailNotificationTest::assertNoNik);
    }

    @Test
    void withTheMailServerDownTheRequestIsRegisteredAndItsMailWaitsForIt() {
        GreenMailResource.stopServer();
        String email = address();
        String id = submit(email, null, null).getString("id"); // 201 although no mail can go out

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> outbox.about(id).getFirst());
            assertThat(mail.attempts()).isPositive();
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.lastError()).isNotBlank().doesNotContain(email);
        });

        GreenMailResource.startServer();
        ReceivedMail receipt = GreenMailResource.awaitMail(email, "Permohonan informasi Anda diterima");
        assertThat(receipt.text()).contains("Yth. Sri Wahyuni");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.about(id).getFirst().status()) == MailStatus.SENT);
    }

    @Test
    void anApplicantWithoutAnEmailAddressGetsNoMail() {
        Map<String, Object> body = RequestBodies.personRequest();
        RequestBodies.applicantOf(body).remove("email");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.about(id))).isEmpty();
    }

    private static JsonPath submit(String email, String acceptLanguage, String channel) {
        Map<String, Object> body = RequestBodies.personRequest();
        RequestBodies.applicantOf(body).put("email", email);
        if (channel != null) {
            body.put("channel", channel);
        }
        var call = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        return call.when().post("/api/ppid/requests").then().statusCode(201).extract().jsonPath();
    }

    private static void post(String path, Map<String, ?> body) {
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200);
    }

    private static void assertNoNik(ReceivedMail mail) {
        assertThat(mail.subject() + mail.text()).doesNotContain(RequestBodies.NIK);
    }

    private static String address() {
        return "pemohon-" + UUID.randomUUID() + "@example.id";
    }
}
