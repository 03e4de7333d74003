package id.go.madiunkota.events.outbox;

import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Where a service puts the events of a change: inside the change's own transaction, so that the event is stored
 * exactly when the change is, and published later by the relay. Calling it outside a transaction is a bug and fails.
 *
 * <pre>{@code
 * @Transactional
 * public RequestView submit(...) {
 *     requests.persist(request);
 *     outbox.add(new RequestReceived(...), request.id());
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Outbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the event {@code payload} about the aggregate {@code aggregateId}, happening now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent add(EventPayload payload, Object aggregateId) {
        DomainEvent event = DomainEvent.of(payload, aggregateId, clock.instant());
        entityManager.persist(new OutboxEvent(event));
        return event;
    }
}
