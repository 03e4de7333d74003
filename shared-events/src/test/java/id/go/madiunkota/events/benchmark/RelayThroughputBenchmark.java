package id.go.madiunkota.events.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.outbox.OutboxRelay;
import id.go.madiunkota.events.outbox.OutboxRelayRunner;
import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import id.go.madiunkota.events.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import id.go.madiunkota.events.support.RelayOffProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: the most events per second one relay publishes from a full outbox to the real local broker
 * (acks=all, idempotent), with the service's batch size. Run: {@code ./suite bench events}.
 * Settings: -Dbench.backlog=20000.
 */
@QuarkusTest
@TestProfile(RelayOffProfile.class)
class RelayThroughputBenchmark {

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Test
    void aFullOutboxDrainsAtTheRelaysMaximumRate() throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 20_000);
        for (int done = 0; done < backlog; done += 1_000) {
            int chunk = Math.min(1_000, backlog - done);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < chunk; i++) {
                    orders.place(UUID.randomUUID(), "THROUGHPUT");
                }
            });
        }
        String topic = "throughput." + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                OutboxRelayRunner.producerConfig(TopicReader.localBroker()), new StringSerializer(),
                new ByteArraySerializer())) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, topic, "/madiun/bench", 30_000);
            relay.publishBatch(1); // connect and fetch metadata outside the measurement
            long start = System.nanoTime();
            int published = 1;
            while (published < backlog) {
                OutboxRelay.Batch batch = relay.publishBatch(500);
                assertThat(batch.failed()).as(batch.error()).isFalse();
                published += batch.published();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("RESULT relay-throughput events=%d seconds=%.2f events_per_s=%.0f batch=500%n",
                    backlog - 1, seconds, (backlog - 1) / seconds);
        }
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
    }
}
