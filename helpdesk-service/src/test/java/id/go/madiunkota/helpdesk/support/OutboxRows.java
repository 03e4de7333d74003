package id.go.madiunkota.helpdesk.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads the events a test caused from the service's outbox table (the relay keeps sent rows for days). */
@ApplicationScoped
public class OutboxRows {

    private final EntityManager entityManager;

    public OutboxRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The event types written about {@code aggregateId}, in the order they were written. */
    @SuppressWarnings("unchecked")
    public List<String> types(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select type from outbox_event where aggregateid = ?1 order by seq")
                .setParameter(1, aggregateId).getResultList());
    }

    public long count(String aggregateId, String type) {
        return types(aggregateId).stream().filter(type::equals).count();
    }

    /** The payloads of the events of {@code type} about {@code aggregateId}, as JSON text. */
    @SuppressWarnings("unchecked")
    public List<String> payloads(String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select payload::text from outbox_event where aggregateid = ?1 and type = ?2 "
                        + "order by seq")
                .setParameter(1, aggregateId).setParameter(2, type).getResultList());
    }
}
