package id.go.madiunkota.helpdesk.repository;

import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.CallbackStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Callback tasks. */
@ApplicationScoped
public class CallbackRepository implements PanacheRepositoryBase<Callback, UUID> {

    /** The pending callbacks of the agent with that subject, soonest first; with {@code dueBy}, only those due then. */
    public PanacheQuery<Callback> pendingFor(String agentSubject, Instant dueBy) {
        if (dueBy == null) {
            return find("agent.subject = ?1 and status = ?2", Sort.ascending("dueAt").and("id"), agentSubject,
                    CallbackStatus.PENDING);
        }
        return find("agent.subject = ?1 and status = ?2 and dueAt <= ?3", Sort.ascending("dueAt").and("id"),
                agentSubject, CallbackStatus.PENDING, dueBy);
    }

    /** The pending callbacks of a consultation. */
    public List<Callback> pendingOf(UUID consultationId) {
        return list("consultationId = ?1 and status = ?2", consultationId, CallbackStatus.PENDING);
    }

    /** All callbacks of a consultation, oldest first. */
    public List<Callback> of(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt"), consultationId);
    }

    /**
     * Locks up to {@code limit} pending callbacks due by {@code now} and not yet announced, soonest first; rows another
     * transaction holds are skipped ({@code FOR UPDATE SKIP LOCKED}), so two watches never take the same one.
     */
    @SuppressWarnings("unchecked")
    public List<DueCallback> lockDueUnannounced(Instant now, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, consultation_id, agent, due_at from callback
                where status = 'PENDING' and notified_at is null and due_at <= :now
                order by due_at, id limit :limit for update skip locked""")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new DueCallback((UUID) row[0], (UUID) row[1], (String) row[2],
                instant(row[3]))).toList();
    }

    /** Marks the callback announced at {@code now}, unless it was before: true when this call marked it. */
    public boolean markNotified(UUID id, Instant now) {
        return getEntityManager().createNativeQuery(
                        "update callback set notified_at = :now where id = :id and notified_at is null")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
