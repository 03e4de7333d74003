package id.go.madiunkota.helpdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.helpdesk.ConsultationEscalated;
import id.go.madiunkota.events.support.TopicReader;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The whole publishing path on the real broker: a consultation opened and escalated over HTTP is written to the outbox
 * in its transactions, the relay publishes to {@code helpdesk.events}, and an independent consumer reads both events
 * there as CloudEvents keyed by the consultation's id, in order, without the caller's name or phone.
 */
@QuarkusTest
@TestSecurity(user = "agen.kafka", roles = "helpdesk-agent")
class HelpdeskEventsOnKafkaTest {

    @Test
    void anEscalatedConsultationArrivesOnTheTopicWithoutPersonalData() {
        String id = Consultations.open();
        Consultations.escalate(id).statusCode(200);

        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(TopicReader.localBroker(),
                "helpdesk.events", r -> id.equals(r.key()), found -> found.size() >= 2, Duration.ofSeconds(60));

        assertThat(published).as("the events of consultation " + id + " on helpdesk.events").hasSize(2);
        assertThat(published).extracting(r -> EventCodec.header(r.headers(), CloudEventHeaders.TYPE))
                .containsExactly("helpdesk.ConsultationOpened", "helpdesk.ConsultationEscalated");
        ConsumerRecord<String, byte[]> escalated = published.get(1);
        assertThat(EventCodec.header(escalated.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(id);
        ConsultationEscalated event = EventCodec.fromJson(escalated.value(), ConsultationEscalated.class);
        assertThat(event.consultationId().toString()).isEqualTo(id);
        assertThat(event.agent()).isEqualTo("agen.kafka");
        assertThat(event.escalationNumber()).isEqualTo(1);
        assertThat(Duration.between(event.escalatedAt(), event.callbackDueAt())).isEqualTo(Duration.ofMinutes(10));
        for (ConsumerRecord<String, byte[]> record : published) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain(Bodies.CALLER_NAME, Bodies.CALLER_PHONE, "CV Maju Jaya", "terkunci");
        }
    }
}
