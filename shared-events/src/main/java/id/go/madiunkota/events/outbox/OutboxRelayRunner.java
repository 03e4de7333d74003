package id.go.madiunkota.events.outbox;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Runs the {@link OutboxRelay} on a thread of its own for as long as the service runs: woken at once by the
 * {@code outbox_event} notification a commit sends, or by its poll interval; backing off while Kafka is away; deleting
 * sent rows past their retention; and reporting pending count, oldest pending age and failures as metrics.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);
    private static final long CLEANUP_EVERY_MILLIS = 3_600_000;

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;

    public OutboxRelayRunner(DataSource dataSource, OutboxConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        Gauge.builder("outbox.pending", pending, AtomicLong::get).description("Events not yet published")
                .register(registry);
        Gauge.builder("outbox.oldest.pending.age", oldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event not yet published").register(registry);
        this.published = Counter.builder("outbox.published").description("Events published to Kafka")
                .register(registry);
        this.failures = Counter.builder("outbox.publish.failures").description("Batches Kafka did not acknowledge")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer(java.time.Duration.ofSeconds(5));
    }

    /** A relay with a new producer: after a failed batch nothing of the old producer's may still be on its way. */
    private OutboxRelay freshRelay() {
        closeProducer(java.time.Duration.ZERO);
        producer = new KafkaProducer<>(producerConfig(config.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer());
        return new OutboxRelay(dataSource, producer, Topics.of(config.service()),
                CloudEventHeaders.source(config.service()), config.ackTimeout().toMillis());
    }

    private void closeProducer(java.time.Duration timeout) {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }

    /**
     * Producer settings for an outbox relay: idempotent, acknowledged by all in-sync replicas, no lingering. The
     * producer retries a batch for up to 20 s (delivery timeout), less than the relay waits for it (ack timeout, 30 s
     * by default), so the relay always learns the producer's final word before it sends anything again.
     */
    public static Map<String, Object> producerConfig(String bootstrapServers) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    }

    private void loop() {
        OutboxRelay relay = freshRelay();
        long backoff = 100;
        long lastCleanup = 0;
        boolean recovering = false;
        try (Listener listener = new Listener()) {
            while (running) {
                boolean failed = false;
                try {
                    failed = drain(relay, recovering);
                    refreshGauges();
                    if (System.currentTimeMillis() - lastCleanup > CLEANUP_EVERY_MILLIS) {
                        cleanUp();
                        lastCleanup = System.currentTimeMillis();
                    }
                } catch (SQLException | RuntimeException e) {
                    failed = true;
                    LOG.warnf("Outbox relay could not work the outbox: %s", e.getMessage());
                }
                recovering = failed;
                if (failed) {
                    relay = freshRelay();
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
                } else {
                    backoff = 100;
                    listener.await(config.pollInterval().toMillis());
                }
            }
        }
    }

    /**
     * Publishes until the outbox is empty or a batch fails; true when one failed.
     *
     * <p>After a failure ({@code recovering}) the first batch is a single event, sent alone and acknowledged before
     * anything else goes out. While Kafka comes back, the producer can give up on the first record of a batch (its
     * delivery timeout runs out first) yet deliver the later ones; a probe of one event keeps any event from
     * overtaking an earlier one of the same aggregate on the way back.
     */
    private boolean drain(OutboxRelay relay, boolean recovering) throws SQLException {
        boolean probe = recovering;
        while (running) {
            int limit = probe ? 1 : config.batchSize();
            OutboxRelay.Batch batch = relay.publishBatch(limit);
            published.increment(batch.published());
            if (batch.failed()) {
                failures.increment();
                LOG.warnf("Kafka did not take %d of %d events; trying again: %s",
                        batch.pendingSeen() - batch.published(), batch.pendingSeen(), batch.error());
                return true;
            }
            if (!batch.lockHeld() || batch.pendingSeen() < limit) {
                return false;
            }
            probe = false;
        }
        return false;
    }

    private void refreshGauges() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                          FROM outbox_event WHERE published_at IS NULL""")) {
            result.next();
            pending.set(result.getLong(1));
            oldestPendingSeconds.set(result.getLong(2));
        }
    }

    /** Deletes published rows older than the retention; package-visible for its test. */
    int cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, config.retention().toSeconds());
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Deleted %d published outbox rows older than %s", deleted, config.retention());
            }
            return deleted;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connection that LISTENs for commits to the outbox; reopened when it breaks, polled when it cannot be. */
    private final class Listener implements AutoCloseable {

        private Connection connection;

        void await(long timeoutMillis) {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = dataSource.getConnection();
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN outbox_event");
                    }
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class)
                        .getNotifications((int) Math.max(1, timeoutMillis));
                if (notifications == null) {
                    return; // timed out: poll anyway
                }
            } catch (SQLException e) {
                close();
                sleep(timeoutMillis);
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("Closing the outbox listener connection failed", e);
                }
                connection = null;
            }
        }
    }
}
