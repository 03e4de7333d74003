package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.events.support.OwnBrokerResource;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped while the service goes on writing, then killed while the relay drains the backlog (a batch cut off
 * with part of it acknowledged): every write succeeds, and once the broker is back every event arrives, none lost, in
 * order per aggregate. The delivery is at least once: an event may arrive more than once (a row acknowledged by Kafka
 * but not yet marked sent when the broker died is sent again), and the consumer's inbox makes the repeat harmless:
 * each event takes effect exactly once. Every delivered record is counted, reading on until the topic has been quiet
 * for a while. The broker here is a process of this test's own, really stopped and killed.
 */
@QuarkusTest
@TestProfile(OutboxBrokerOutageTest.OwnBroker.class)
class OutboxBrokerOutageTest {

    private static final Logger LOG = Logger.getLogger(OutboxBrokerOutageTest.class);
    private static final int EVENTS = 1_000;
    private static final int AGGREGATES = 20;

    /** A profile of its own, so this test's application talks to this test's broker; small batches. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnBrokerResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // 50 rows a batch: the backlog takes 20 batches, so the broker can be killed while one is in flight
            return Map.of("quarkus.messaging.kafka.health.enabled", "false",
                    "madiun.outbox.relay.batch-size", "50");
        }
    }

    @Inject
    TestOrders orders;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Test
    void everyEventWrittenWhileTheBrokerIsDownArrivesAfterACrashMidBatchAndTakesEffectOnce() throws Exception {
        OwnBrokerResource.broker().stop();

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> aggregates = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            aggregates.add(UUID.randomUUID());
        }
        Set<String> written = new HashSet<>();
        for (int i = 0; i < EVENTS; i++) {
            UUID aggregate = aggregates.get(i % AGGREGATES);
            // The marker carries the order in which each aggregate's events were written.
            String marker = "%s-%04d".formatted(run, i);
            written.add(orders.place(aggregate, marker).eventId().toString()); // throws if a write failed
        }
        assertThat(written).hasSize(EVENTS);
        // Operations see the backlog and the failed tries while the broker is away.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(registry.get("outbox.pending").gauge().value()).isGreaterThan(0);
            assertThat(registry.get("outbox.publish.failures").counter().count()).isGreaterThan(0);
        });

        // The broker returns; while the relay drains the backlog (part sent, part still pending) it is killed.
        OwnBrokerResource.broker().start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> sent(run) > 0);
        OwnBrokerResource.broker().kill();
        long sentBeforeCrash = sent(run);
        assertThat(sentBeforeCrash).as("the crash came in the middle of the backlog").isBetween(1L, EVENTS - 1L);
        OwnBrokerResource.broker().start();

        List<ConsumerRecord<String, byte[]>> received = TopicReader.readUntilQuiet(
                OwnBrokerResource.broker().bootstrapServers(), "sharedtest.events",
                r -> written.contains(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> found.stream().map(r -> EventCodec.header(r.headers(), CloudEventHeaders.ID))
                        .distinct().count() == EVENTS,
                Duration.ofSeconds(5), Duration.ofSeconds(120));

        Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(
                r -> EventCodec.header(r.headers(), CloudEventHeaders.ID), Collectors.counting()));
        assertThat(copies.keySet()).as("every event arrives, none lost").containsExactlyInAnyOrderElementsOf(written);
        long repeats = received.size() - EVENTS;
        LOG.infof("%d events: %d records delivered, %d repeats; %d sent before the crash", EVENTS, received.size(),
                repeats, sentBeforeCrash);

        // First deliveries per aggregate, in arrival order: the order in which the aggregate's events were written.
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> firstMarkersOf = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            if (seen.add(EventCodec.header(record.headers(), CloudEventHeaders.ID))) {
                String marker = ((RequestReceived) EventCodec.decode(record).orElseThrow().payload())
                        .registrationNumber();
                firstMarkersOf.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(marker);
            }
        }
        assertThat(firstMarkersOf).hasSize(AGGREGATES);
        firstMarkersOf.forEach((aggregate, markers) -> assertThat(markers).as("order of aggregate %s", aggregate)
                .isSorted().hasSize(EVENTS / AGGREGATES));

        // The consumer behind the inbox applies each event exactly once, repeats or not.
        await().atMost(Duration.ofSeconds(60)).until(() -> effects("count(DISTINCT event_id)", run) == EVENTS);
        assertThat(effects("count(*)", run)).as("effects of %d events delivered %d times", EVENTS, received.size())
                .isEqualTo(EVENTS);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(registry.get("outbox.pending").gauge().value()).isZero());
    }

    /** Rows of this run marked sent. */
    private long sent(String run) {
        return Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL "
                + "AND payload->>'registrationNumber' LIKE ?", run + "-%");
    }

    private long effects(String what, String run) {
        return Sql.count(dataSource, "SELECT " + what + " FROM test_effect WHERE marker LIKE ?", run + "-%");
    }
}
