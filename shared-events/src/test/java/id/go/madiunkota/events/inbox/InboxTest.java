package id.go.madiunkota.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestConsumer;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The idempotent consumer, fed by the real broker: an event delivered twice takes effect once; a message that keeps
 * failing goes to the dead-letter topic and the consumer goes on; an unknown event type is skipped and counted.
 */
@QuarkusTest
class InboxTest {

    private static final String TOPIC = "sharedtest.events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventDeliveredTwiceTakesEffectOnce() {
        UUID aggregate = UUID.randomUUID();
        DomainEvent event = orders.place(aggregate, "ONCE-" + aggregate);
        await().atMost(PATIENCE).until(() -> effectsOf(event.eventId()) == 1);

        // Deliver the very same record again, as Kafka does after a consumer crash before its offset commit.
        ConsumerRecord<String, byte[]> published = TopicReader.read(TopicReader.localBroker(), TOPIC,
                r -> event.eventId().toString().equals(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> !found.isEmpty(), PATIENCE).get(0);
        produce(copyOf(published));
        DomainEvent after = orders.place(aggregate, "AFTER-" + aggregate);
        await().atMost(PATIENCE).until(() -> effectsOf(after.eventId()) == 1);

        assertThat(effectsOf(event.eventId())).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                TestConsumer.NAME, event.eventId())).isEqualTo(1);
    }

    @Test
    void aMessageThatKeepsFailingGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID aggregate = UUID.randomUUID();
        DomainEvent poison = orders.place(aggregate, "POISON-" + aggregate);
        DomainEvent next = orders.place(aggregate, "NEXT-" + aggregate);

        await().atMost(PATIENCE).until(() -> effectsOf(next.eventId()) == 1);
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.read(TopicReader.localBroker(),
                "sharedtest-consumer.dlq",
                r -> poison.eventId().toString().equals(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> !found.isEmpty(), PATIENCE);

        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(aggregate.toString());
        assertThat(EventCodec.header(dead.get(0).headers(), "dead-letter-reason")).contains("cannot handle POISON");
        assertThat(effectsOf(poison.eventId())).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM processed_event WHERE event_id = ?", poison.eventId()))
                .as("a failed attempt leaves no processed mark").isZero();
    }

    @Test
    void anEventOfAnUnknownTypeIsSkippedAndCounted() {
        double skippedBefore = skipped("ppid.SomethingFromTheFuture");
        UUID aggregate = UUID.randomUUID();
        ProducerRecord<String, byte[]> future = new ProducerRecord<>(TOPIC, aggregate.toString(),
                "{\"whatever\":1}".getBytes(StandardCharsets.UTF_8));
        header(future, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(future, CloudEventHeaders.TYPE, "ppid.SomethingFromTheFuture");
        header(future, CloudEventHeaders.SUBJECT, aggregate.toString());
        header(future, CloudEventHeaders.TIME, "2026-11-28T00:00:00Z");
        produce(future);
        DomainEvent after = orders.place(aggregate, "AFTER-UNKNOWN-" + aggregate);

        await().atMost(PATIENCE).until(() -> effectsOf(after.eventId()) == 1);
        assertThat(skipped("ppid.SomethingFromTheFuture")).isEqualTo(skippedBefore + 1);
    }

    private double skipped(String type) {
        var counter = registry.find("inbox.skipped").tag("consumer", TestConsumer.NAME).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private long effectsOf(UUID eventId) {
        return Sql.count(dataSource, "SELECT count(*) FROM test_effect WHERE event_id = ?", eventId);
    }

    private static ProducerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> record) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), record.key(), record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        return copy;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void produce(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                java.util.Map.of("bootstrap.servers", TopicReader.localBroker(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce to the local broker", e);
        }
    }
}
