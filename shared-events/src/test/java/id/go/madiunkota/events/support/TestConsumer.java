package id.go.madiunkota.events.support;

import id.go.madiunkota.events.inbox.Inbox;
import id.go.madiunkota.events.ppid.RequestReceived;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as the services write them: each event through the inbox, its side effect a row in test_effect.
 * An event whose marker starts with POISON always fails, to show dead-lettering.
 */
@ApplicationScoped
public class TestConsumer {

    /** The consumer name recorded in processed_event. */
    public static final String NAME = "sharedtest-consumer";

    private final Inbox inbox;
    private final EntityManager entityManager;

    public TestConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("sharedtest-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(NAME, record, event -> {
            String marker = ((RequestReceived) event.payload()).registrationNumber();
            if (marker.startsWith("POISON")) {
                throw new IllegalArgumentException("cannot handle " + marker);
            }
            entityManager.createNativeQuery("INSERT INTO test_effect (event_id, subject, marker) VALUES (?1, ?2, ?3)")
                    .setParameter(1, event.eventId())
                    .setParameter(2, event.aggregateId())
                    .setParameter(3, marker)
                    .executeUpdate();
        });
    }
}
