package id.go.madiunkota.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.events.support.OwnBrokerResource;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped while the service goes on writing: every write succeeds, and once the broker is back every event
 * arrives, none lost, in order per aggregate. The broker here is a process of this test's own, really stopped.
 */
@QuarkusTest
@TestProfile(OutboxBrokerOutageTest.OwnBroker.class)
class OutboxBrokerOutageTest {

    private static final int EVENTS = 1_000;
    private static final int AGGREGATES = 20;

    /** A profile of its own, so this test's application talks to this test's broker. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnBrokerResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.messaging.kafka.health.enabled", "false");
        }
    }

    @Inject
    TestOrders orders;

    @Inject
    MeterRegistry registry;

    @Test
    void everyEventWrittenWhileTheBrokerIsDownArrivesOnceItReturnsInOrderPerAggregate() throws Exception {
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

        OwnBrokerResource.broker().start();

        List<ConsumerRecord<String, byte[]>> received = TopicReader.read(OwnBrokerResource.broker().bootstrapServers(),
                "sharedtest.events", r -> written.contains(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> found.stream().map(r -> EventCodec.header(r.headers(), CloudEventHeaders.ID))
                        .distinct().count() == EVENTS,
                Duration.ofSeconds(120));

        // First deliveries per aggregate, in arrival order; a repeat (at-least-once) is not a first delivery.
        Set<String> receivedIds = new HashSet<>();
        Map<String, List<String>> firstMarkersOf = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            if (receivedIds.add(EventCodec.header(record.headers(), CloudEventHeaders.ID))) {
                String marker = ((RequestReceived) EventCodec.decode(record).orElseThrow().payload())
                        .registrationNumber();
                firstMarkersOf.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(marker);
            }
        }
        assertThat(firstMarkersOf).hasSize(AGGREGATES);
        firstMarkersOf.forEach((aggregate, markers) -> assertThat(markers).as("order of aggregate %s", aggregate)
                .isSorted().hasSize(EVENTS / AGGREGATES));
        assertThat(receivedIds).containsExactlyInAnyOrderElementsOf(written);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(registry.get("outbox.pending").gauge().value()).isZero());
    }
}
