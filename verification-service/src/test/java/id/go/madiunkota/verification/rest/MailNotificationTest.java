package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.DIRECTOR_NIK;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static id.go.madiunkota.verification.support.Fixtures.blacklist;
import static id.go.madiunkota.verification.support.Fixtures.checkAll;
import static id.go.madiunkota.verification.support.Fixtures.decide;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.mail.MailOutboxRepository;
import id.go.madiunkota.common.mail.MailStatus;
import id.go.madiunkota.common.mail.OutboxMail;
import id.go.madiunkota.testing.mail.GreenMailResource;
import id.go.madiunkota.testing.mail.GreenMailResource.ReceivedMail;
import id.go.madiunkota.testing.mail.OutboxMails;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's mails, read from a real SMTP server (GreenMail): registration received (in the registration's
 * language), verification rejected with what is missing, activation with how to log in to SPSE; none names the NPWP,
 * the NIB or the director's NIK. With the SMTP server stopped a registration still succeeds and its mail goes out once
 * the server is back.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailNotificationTest {

    @Inject
    MailOutboxRepository outbox;

    @AfterEach
    void serverBack() {
        GreenMailResource.startServer();
    }

    @Test
    void aRegistrationInEnglishGetsItsReceiptInEnglish() {
        String email = address();
        Registered provider = register(email, "en");
        String reference = provider.reference();

        ReceivedMail mail = GreenMailResource.awaitMail(email, "Provider registration received");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.from()).contains("layanan@madiunkota.go.id");
        assertThat(mail.text()).contains("Dear CV Maju Jaya Madiun", reference,
                "/layanan/verifikasi/status?ref=" + reference + "&lang=en");
        assertNoIdentifiers(mail, provider);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void aRejectionNamesWhatIsMissingAndTheActivationHowToLogIn() {
        String email = address();
        Registered provider = register(email, null);
        String providerId = provider.id();
        GreenMailResource.awaitMail(email, "Pendaftaran penyedia diterima");

        String first = startVerification(providerId);
        blacklist(first, false);
        decide(first, Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "NIB belum dibawa"))
                .statusCode(200);
        ReceivedMail rejected = GreenMailResource.awaitMail(email, "belum dapat diaktivasi");
        assertThat(rejected.language()).isEqualTo("id");
        assertThat(rejected.text()).contains("NIB", "NIB belum dibawa", "mengulang verifikasi");

        String second = startVerification(providerId);
        checkAll(second, NIB_ITEMS_CV);
        blacklist(second, false);
        decide(second, Map.of("outcome", "APPROVED", "note", "Dokumen lengkap")).statusCode(200);
        ReceivedMail activated = GreenMailResource.awaitMail(email, "telah diaktivasi");
        assertThat(activated.text()).contains("CV Maju Jaya Madiun", "https://spse.inaproc.id/madiunkota",
                "User ID dan kata sandi");

        assertThat(GreenMailResource.mailsTo(email)).hasSize(3)
                .allSatisfy(mail -> assertNoIdentifiers(mail, provider));
    }

    @Test
    void withTheMailServerDownTheRegistrationSucceedsAndItsMailWaitsForIt() {
        GreenMailResource.stopServer();
        String email = address();
        String id = register(email, null).id(); // 201 although no mail can go out

        OutboxMail waiting = OutboxMails.awaitAttempt(outbox, id);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank().doesNotContain(email);

        GreenMailResource.startServer();
        assertThat(GreenMailResource.awaitMail(email, "Pendaftaran penyedia diterima").text())
                .contains("CV Maju Jaya Madiun");
    }

    private static Registered register(String email, String acceptLanguage) {
        Map<String, Object> body = Fixtures.provider();
        body.put("email", email);
        var call = given().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        JsonPath answer = call.when().post(BASE + "/providers").then().statusCode(201).extract().jsonPath();
        return new Registered(answer.getString("id"), answer.getString("registrationReference"),
                (String) body.get("npwp"), (String) body.get("nib"));
    }

    private static void assertNoIdentifiers(ReceivedMail mail, Registered provider) {
        assertThat(mail.subject() + mail.text()).doesNotContain(DIRECTOR_NIK).doesNotContain(provider.npwp())
                .doesNotContain(provider.nib());
    }

    /** A registered provider: its id and reference, and the identifiers no mail may show. */
    private record Registered(String id, String reference, String npwp, String nib) {
    }

    private static String address() {
        return "penyedia-" + UUID.randomUUID() + "@example.id";
    }
}
