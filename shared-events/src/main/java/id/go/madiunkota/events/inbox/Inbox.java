package id.go.madiunkota.events.inbox;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent-consumer guard. A consumer hands each Kafka record to {@link #receive}; the handler runs in a new
 * transaction that also records the event id in {@code processed_event}, so a redelivered event is a no-op. A
 * handler that throws is tried again a few times; after the last try the exception goes back to the messaging layer,
 * whose dead-letter strategy sends the record to the consumer's dead-letter topic and goes on with the next one.
 * Events of a type this build does not know are skipped and counted.
 *
 * <pre>{@code
 * @Incoming("verification-events")
 * @Blocking
 * public void on(ConsumerRecord<String, byte[]> record) {
 *     inbox.receive("training-service", record, event -> { ... });
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** How many times a failing handler is tried before the record goes to the dead-letter topic. */
    public static final int ATTEMPTS = 3;

    private final EntityManager entityManager;
    private final MeterRegistry registry;

    public Inbox(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.registry = registry;
    }

    /** What became of a record. */
    public enum Outcome {
        /** The handler ran and its effect committed. */
        APPLIED,
        /** The event had been applied before: nothing was done. */
        DUPLICATE,
        /** The event's type is unknown to this build: skipped. */
        SKIPPED
    }

    /**
     * Applies the record's event once for {@code consumer}.
     *
     * @throws RuntimeException the handler's failure after the last attempt, or a record that is no CloudEvent
     */
    public Outcome receive(String consumer, ConsumerRecord<String, byte[]> record, Consumer<DomainEvent> handler) {
        Optional<DomainEvent> decoded = EventCodec.decode(record);
        if (decoded.isEmpty()) {
            String type = EventCodec.header(record.headers(), CloudEventHeaders.TYPE);
            registry.counter("inbox.skipped", "consumer", consumer, "type", type).increment();
            LOG.debugf("%s skipped event %s of unknown type %s", consumer,
                    EventCodec.header(record.headers(), CloudEventHeaders.ID), type);
            return Outcome.SKIPPED;
        }
        DomainEvent event = decoded.get();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, handler));
                registry.counter("inbox." + outcome.name().toLowerCase(), "consumer", consumer, "type", event.type())
                        .increment();
                return outcome;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("%s failed on event %s (%s), attempt %d of %d: %s", consumer, event.eventId(), event.type(),
                        attempt, ATTEMPTS, e.getMessage());
                pause(Duration.ofMillis(100L * attempt));
            }
        }
        registry.counter("inbox.failed", "consumer", consumer, "type", event.type()).increment();
        throw last;
    }

    private Outcome applyOnce(String consumer, DomainEvent event, Consumer<DomainEvent> handler) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, type) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.eventId())
                .setParameter(3, event.type())
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        handler.accept(event);
        return Outcome.APPLIED;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
