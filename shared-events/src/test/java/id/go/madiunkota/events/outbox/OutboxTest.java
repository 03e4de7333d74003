package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import id.go.madiunkota.events.support.Sql;
import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox against the real PostgreSQL and the real local broker, with the relay the service runs. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "sharedtest.events";

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Test
    void aCommittedEventIsPublishedOnceAsACloudEventKeyedByItsAggregate() {
        UUID aggregate = UUID.randomUUID();
        DomainEvent event = orders.place(aggregate, "COMMIT-" + aggregate);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(TopicReader.localBroker(), TOPIC,
                r -> event.eventId().toString().equals(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        // Read on for a moment more: a second copy would show up now.
        List<ConsumerRecord<String, byte[]>> again = TopicReader.read(TopicReader.localBroker(), TOPIC,
                r -> event.eventId().toString().equals(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> found.size() > 1, Duration.ofSeconds(3));

        assertThat(records).hasSize(1);
        assertThat(again).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(record.key()).isEqualTo(aggregate.toString());
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.TYPE)).isEqualTo("ppid.RequestReceived");
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.SOURCE))
                .isEqualTo("/madiun/sharedtest-service");
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(aggregate.toString());
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.TIME))
                .isEqualTo(event.occurredAt().toString());
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("urn:madiun:event:ppid.RequestReceived:v1");

        DomainEvent decoded = EventCodec.decode(record).orElseThrow();
        assertThat(decoded.eventId()).isEqualTo(event.eventId());
        assertThat(decoded.payload()).isEqualTo(event.payload());
        await().atMost(Duration.ofSeconds(10)).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM outbox_event WHERE id = ? AND published_at IS NOT NULL", event.eventId()) == 1);
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndPublishesNothing() {
        UUID aggregate = UUID.randomUUID();
        assertThatThrownBy(() -> orders.placeThenFail(aggregate, "ROLLBACK-" + aggregate))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rowsFor(aggregate)).isZero();

        // A later committed event of the same aggregate arrives; the rolled-back one never came before it.
        DomainEvent sentinel = orders.place(aggregate, "SENTINEL-" + aggregate);
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(TopicReader.localBroker(), TOPIC,
                r -> aggregate.toString().equals(r.key()),
                found -> found.stream().anyMatch(r -> sentinel.eventId().toString()
                        .equals(EventCodec.header(r.headers(), CloudEventHeaders.ID))),
                Duration.ofSeconds(30));
        Set<String> markers = records.stream()
                .map(r -> ((RequestReceived) EventCodec.decode(r).orElseThrow().payload()).registrationNumber())
                .collect(Collectors.toSet());
        assertThat(markers).containsExactly("SENTINEL-" + aggregate);
    }

    @Test
    void theOutboxRefusesAnEventOutsideATransaction() {
        UUID aggregate = UUID.randomUUID();
        Outbox outbox = io.quarkus.arc.Arc.container().instance(Outbox.class).get();
        assertThatThrownBy(() -> outbox.add(TestOrders.event(aggregate, "NO-TX"), aggregate))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
        assertThat(rowsFor(aggregate)).isZero();
    }

    private long rowsFor(UUID aggregate) {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE aggregateid = ?", aggregate.toString());
    }
}
