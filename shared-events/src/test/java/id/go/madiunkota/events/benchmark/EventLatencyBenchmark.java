package id.go.madiunkota.events.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.support.Sql;
import id.go.madiunkota.events.support.TestOrders;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): commit-to-side-effect latency of an event at a
 * fixed rate, through the real outbox relay, the real local broker and the real inbox consumer.
 * Run: {@code ./suite bench events} (or mvn -pl shared-events test -Dtest=EventLatencyBenchmark).
 * Settings: -Dbench.rate=100 (events per second), -Dbench.seconds=20, -Dbench.warmup-seconds=15 (not measured).
 */
@QuarkusTest
class EventLatencyBenchmark {

    private static final Logger LOG = Logger.getLogger(EventLatencyBenchmark.class);

    @Inject
    TestOrders orders;

    @Inject
    DataSource dataSource;

    @Test
    void commitToConsumerSideEffectAtAFixedRate() throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;

        // Warm-up at the same rate, not measured: the first seconds after a start run on cold JIT-compiled code.
        int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 15);
        runAtRate("WARMUP-", rate * warmupSeconds, intervalNanos);
        await().atMost(Duration.ofSeconds(120)).until(() -> applied("WARMUP-") == (long) rate * warmupSeconds);

        Map<UUID, Instant> committedAt = runAtRate("BENCH-", total, intervalNanos);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("BENCH-") == total);

        List<Double> latencies = new ArrayList<>(total);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT event_id, applied_at FROM test_effect WHERE marker LIKE 'BENCH-%' ORDER BY id");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Instant committed = committedAt.get(result.getObject(1, UUID.class));
                if (committed != null) {
                    Instant applied = result.getObject(2, java.time.OffsetDateTime.class).toInstant();
                    latencies.add(Duration.between(committed, applied).toNanos() / 1e6);
                }
            }
        }
        Stats stats = Stats.of(latencies);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/event-latencies.txt"), latencies.stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining("\n")));
        LOG.infof("%nEVENT LATENCY commit -> consumer side effect, %d events at %d/s: %s (ms)%n", total, rate, stats);
        System.out.printf("RESULT event-latency rate=%d/s events=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                rate, total, stats.median(), stats.p99(), stats.max());
        assertThat(stats.count()).isEqualTo(total);
    }

    /** Writes {@code total} events, one every {@code intervalNanos}; returns when each committed. */
    private Map<UUID, Instant> runAtRate(String prefix, int total, long intervalNanos) {
        Map<UUID, Instant> committedAt = new HashMap<>(total * 2);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            // a fixed rate, not as fast as possible
            LockSupport.parkNanos(start + i * intervalNanos - System.nanoTime());
            UUID eventId = orders.place(UUID.randomUUID(), prefix + i).eventId();
            committedAt.put(eventId, Instant.now());
        }
        return committedAt;
    }

    private long applied(String prefix) {
        return Sql.count(dataSource, "SELECT count(*) FROM test_effect WHERE marker LIKE ?", prefix + "%");
    }
}
