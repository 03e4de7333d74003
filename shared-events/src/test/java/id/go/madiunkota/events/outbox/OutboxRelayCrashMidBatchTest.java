package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.support.KafkaBrokerProcess;
import id.go.madiunkota.events.support.OwnBrokerResource;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker dies in the middle of a batch, at a chosen record rather than at a lucky moment: the relay has sent the
 * batch's first {@value #ACKNOWLEDGED} records and Kafka has acknowledged them when the broker is killed (SIGKILL),
 * and the rest of the batch is sent to a dead broker. The relay must mark exactly the acknowledged part sent and keep
 * the rest pending with the error, and once the broker is back every event arrives: the acknowledged part exactly once
 * (it is never sent again), the rest at least once, and each aggregate's events first arrive in the order written.
 */
@QuarkusTest
@TestProfile(OutboxRelayCrashMidBatchTest.OwnBrokerNoRelay.class)
class OutboxRelayCrashMidBatchTest {

    private static final int BATCH = 40;
    private static final int ACKNOWLEDGED = 15;
    private static final int AGGREGATES = 4;

    /** This test's own broker (to kill), and no relay of the application's own: the test runs the relay itself. */
    public static class OwnBrokerNoRelay implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnBrokerResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.outbox.relay.enabled", "false",
                    "quarkus.messaging.kafka.health.enabled", "false");
        }
    }

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Test
    void aBatchCutOffByACrashMarksOnlyItsAcknowledgedPartSentAndTheRestArrivesAfterTheRestart() throws Exception {
        KafkaBrokerProcess broker = OwnBrokerResource.broker();
        String topic = "crash-mid-batch." + UUID.randomUUID();
        drainLeftovers(broker);

        List<UUID> aggregates = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            aggregates.add(UUID.randomUUID());
        }
        List<String> written = new ArrayList<>(); // in commit order, which is the relay's order
        Map<String, List<String>> writtenFor = new HashMap<>();
        for (int i = 0; i < BATCH; i++) {
            UUID aggregate = aggregates.get(i % AGGREGATES);
            String id = orders.place(aggregate, "CRASH-%02d".formatted(i)).eventId().toString();
            written.add(id);
            writtenFor.computeIfAbsent(aggregate.toString(), k -> new ArrayList<>()).add(id);
        }

        OutboxRelay.Batch cut;
        try (CrashingProducer producer = new CrashingProducer(broker, ACKNOWLEDGED)) {
            cut = new OutboxRelay(dataSource, producer, topic, "/madiun/test", 3_000).publishBatch(BATCH);
            assertThat(producer.crashed).as("the broker was killed during the batch").isTrue();
            producer.close(Duration.ZERO); // what the dead broker never took is dropped, not delivered late
        }
        assertThat(cut.lockHeld()).isTrue();
        assertThat(cut.pendingSeen()).as("the whole batch was taken up").isEqualTo(BATCH);
        assertThat(cut.published()).as("events the relay counts as sent").isEqualTo(ACKNOWLEDGED);
        assertThat(cut.failed()).as("the batch reports the crash").isTrue();
        assertThat(sentAmong(written)).as("exactly the acknowledged part is marked sent")
                .containsExactlyInAnyOrderElementsOf(written.subList(0, ACKNOWLEDGED));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE id = ?::uuid "
                + "AND published_at IS NULL AND attempts = 1 AND last_error IS NOT NULL", written.get(ACKNOWLEDGED)))
                .as("the first unacknowledged row keeps the error").isEqualTo(1);

        broker.start();
        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, topic, "/madiun/test", 10_000);
            OutboxRelay.Batch resumed = relay.publishBatch(BATCH);
            assertThat(resumed.failed()).as(resumed.error()).isFalse();
            assertThat(resumed.published()).as("the relay sends what was left").isEqualTo(BATCH - ACKNOWLEDGED);
        }
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();

        Set<String> ours = Set.copyOf(written);
        List<ConsumerRecord<String, byte[]>> received = TopicReader.readUntilQuiet(broker.bootstrapServers(), topic,
                r -> ours.contains(id(r)), found -> found.stream().map(OutboxRelayCrashMidBatchTest::id)
                        .distinct().count() == BATCH, Duration.ofSeconds(4), Duration.ofSeconds(60));
        Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(
                OutboxRelayCrashMidBatchTest::id, Collectors.counting()));
        assertThat(copies.keySet()).as("every event arrives").containsExactlyInAnyOrderElementsOf(written);
        for (String acknowledged : written.subList(0, ACKNOWLEDGED)) {
            assertThat(copies.get(acknowledged)).as("copies of acknowledged event %s", acknowledged).isEqualTo(1L);
        }
        Map<String, List<String>> firstArrivals = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            if (seen.add(id(record))) {
                firstArrivals.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(id(record));
            }
        }
        assertThat(firstArrivals).as("first arrivals per aggregate, in the order written")
                .containsExactlyInAnyOrderEntriesOf(writtenFor);
    }

    /** Publishes what earlier tests left pending to a topic nobody reads, so the batch under test is this test's. */
    private void drainLeftovers(KafkaBrokerProcess broker) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(broker)) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, "crash-mid-batch.leftovers", "/madiun/test",
                    10_000);
            while (relay.publishBatch(500).pendingSeen() > 0) {
                Thread.onSpinWait();
            }
        }
    }

    /** Those of {@code ids} whose rows are marked sent. */
    private List<String> sentAmong(List<String> ids) {
        return ids.stream().filter(id -> Sql.count(dataSource,
                "SELECT count(*) FROM outbox_event WHERE id = ?::uuid AND published_at IS NOT NULL", id) == 1)
                .toList();
    }

    private static String id(ConsumerRecord<String, byte[]> record) {
        return EventCodec.header(record.headers(), CloudEventHeaders.ID);
    }

    private static KafkaProducer<String, byte[]> producer(KafkaBrokerProcess broker) {
        return new KafkaProducer<>(OutboxRelayRunner.producerConfig(broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The relay's real producer, which kills the broker when asked for record number {@code crashAt + 1}: it first
     * waits until Kafka has acknowledged the records sent before (flush), then kills the broker, then sends on.
     */
    private static final class CrashingProducer extends KafkaProducer<String, byte[]> {

        private final KafkaBrokerProcess broker;
        private final int crashAt;
        private int sends;
        private boolean crashed;

        CrashingProducer(KafkaBrokerProcess broker, int crashAt) {
            super(OutboxRelayRunner.producerConfig(broker.bootstrapServers()), new StringSerializer(),
                    new ByteArraySerializer());
            this.broker = broker;
            this.crashAt = crashAt;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            if (sends++ == crashAt) {
                flush();
                try {
                    broker.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                crashed = true;
            }
            return super.send(record);
        }
    }
}
