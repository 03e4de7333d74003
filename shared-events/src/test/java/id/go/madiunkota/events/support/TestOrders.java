package id.go.madiunkota.events.support;

import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.RequestReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** How a service uses the outbox: the change and its event in one transaction. */
@ApplicationScoped
public class TestOrders {

    private final EntityManager entityManager;
    private final Outbox outbox;

    public TestOrders(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** Stores an order for {@code aggregateId} and its event; {@code marker} travels as the registration number. */
    @Transactional
    public DomainEvent place(UUID aggregateId, String marker) {
        entityManager.persist(new TestOrder(UUID.randomUUID(), marker));
        return outbox.add(event(aggregateId, marker), aggregateId);
    }

    /** Stores an order and its event, then fails: both must vanish with the rollback. */
    @Transactional
    public DomainEvent placeThenFail(UUID aggregateId, String marker) {
        place(aggregateId, marker);
        throw new IllegalStateException("the business rule failed after the event was added");
    }

    public static RequestReceived event(UUID aggregateId, String marker) {
        LocalDate day = LocalDate.of(2026, 3, 13);
        return new RequestReceived(aggregateId, marker, "ONLINE", "PERSON", day, day.plusDays(24), "test");
    }
}
