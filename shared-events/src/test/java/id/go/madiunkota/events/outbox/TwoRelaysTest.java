package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import id.go.madiunkota.events.support.RelayOffProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Two relays over one outbox, as when a service runs twice: both take part, and each event is published exactly once
 * between them.
 */
@QuarkusTest
@TestProfile(RelayOffProfile.class)
class TwoRelaysTest {

    private static final int EVENTS = 2_000;

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Test
    void twoRelaysRacingOverOneOutboxPublishEachEventOnce() throws Exception {
        String topic = "tworelays." + UUID.randomUUID();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .as("no other test left events waiting").isZero();
        Set<String> written = new HashSet<>();
        for (int i = 0; i < EVENTS; i++) {
            written.add(orders.place(UUID.randomUUID(), "TWO-" + i).eventId().toString());
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (KafkaProducer<String, byte[]> first = producer(); KafkaProducer<String, byte[]> second = producer()) {
            // Small batches so that the two relays take turns many times.
            List<Future<Integer>> counts = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> drain(new OutboxRelay(dataSource, first, topic, "/madiun/test", 10_000)),
                    () -> drain(new OutboxRelay(dataSource, second, topic, "/madiun/test", 10_000))));
            int byFirst = counts.get(0).get();
            int bySecond = counts.get(1).get();
            assertThat(byFirst + bySecond).as("events the two relays say they published").isEqualTo(EVENTS);
            // both took part: the lock passed between them, rather than one relay doing all the work
            assertThat(byFirst).as("events the first relay published").isPositive();
            assertThat(bySecond).as("events the second relay published").isPositive();
        } finally {
            pool.shutdownNow();
        }

        // The topic is this test's own: everything on it came from the two relays. Reading on for a few seconds
        // past the expected count gives a duplicate the time to show.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(TopicReader.localBroker(), topic,
                r -> true, found -> found.size() > EVENTS, Duration.ofSeconds(8));

        Map<String, Long> copies = records.stream().collect(Collectors.groupingBy(
                r -> EventCodec.header(r.headers(), CloudEventHeaders.ID), Collectors.counting()));
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(copies.values()).allMatch(n -> n == 1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
    }

    /**
     * Runs a relay until the outbox is empty; returns how many events this relay published. A relay that has not seen
     * the outbox empty within two minutes (it never gets the lock, say) fails the test instead of hanging it.
     */
    private static int drain(OutboxRelay relay) throws Exception {
        int published = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            assertThat(System.nanoTime()).as("a relay still draining after two minutes (%d published)", published)
                    .isLessThan(deadline);
            OutboxRelay.Batch batch = relay.publishBatch(25);
            published += batch.published();
            assertThat(batch.failed()).as(batch.error()).isFalse();
            if (batch.lockHeld() && batch.pendingSeen() == 0) {
                return published;
            }
            Thread.onSpinWait();
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(OutboxRelayRunner.producerConfig(TopicReader.localBroker()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
