package id.go.madiunkota.verification.messaging;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.DIRECTOR_NIK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.Topics;
import id.go.madiunkota.events.support.EventProducer;
import id.go.madiunkota.events.training.ProviderInvited;
import id.go.madiunkota.testing.mail.GreenMailResource;
import id.go.madiunkota.testing.mail.GreenMailResource.ReceivedMail;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The training invitation by mail, through the real broker: training-service publishes {@code training.ProviderInvited}
 * (here produced as its relay does, twice with the same event id), this service reads it and writes to the provider's
 * registered address once, in the registration's language, with the day and the registration link of that session;
 * the mail names no NPWP, NIB or NIK.
 */
@QuarkusTest
@TestProfile(OwnConsumerGroup.class)
@QuarkusTestResource(GreenMailResource.class)
class InvitationMailOnKafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Test
    void anInvitedProviderIsWrittenToOnceWithItsSessionsLink() {
        String email = "penyedia-" + UUID.randomUUID() + "@example.id";
        Map<String, Object> body = Fixtures.provider();
        body.put("email", email);
        String provider = given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post(BASE + "/providers").then().statusCode(201).extract().path("id");
        GreenMailResource.awaitMail(email, "Provider registration received");

        UUID session = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, byte[]> invited = EventProducer.record(Topics.TRAINING, "training",
                new ProviderInvited(UUID.randomUUID(), UUID.fromString(provider), session, LocalDate.of(2027, 2, 4)),
                session, eventId);
        EventProducer.send(invited, invited);

        ReceivedMail mail = GreenMailResource.awaitMail(email, "Invitation to the SPSE training");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).endsWith("4 February 2027");
        assertThat(mail.text()).contains("/layanan/pelatihan/daftar?sesi=" + session + "&lang=en");
        assertThat(mail.subject() + mail.text()).doesNotContain(DIRECTOR_NIK, (String) body.get("npwp"),
                (String) body.get("nib"));
        await().atMost(PATIENCE).until(() -> processed(eventId) == 1);
        assertThat(GreenMailResource.mailsTo(email)).filteredOn(m -> m.subject().startsWith("Invitation"))
                .hasSize(1);
    }

    private long processed(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            query.setString(1, ProviderInvitedConsumer.NAME);
            query.setObject(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
