package id.go.madiunkota.helpdesk.repository;

import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.CallbackStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Callback tasks. */
@ApplicationScoped
public class CallbackRepository implements PanacheRepositoryBase<Callback, UUID> {

    /** The agent's pending callbacks, soonest first; with {@code dueBy}, only those due by then. */
    public List<Callback> pendingFor(String agent, Instant dueBy) {
        if (dueBy == null) {
            return list("agent = ?1 and status = ?2", Sort.ascending("dueAt"), agent, CallbackStatus.PENDING);
        }
        return list("agent = ?1 and status = ?2 and dueAt <= ?3", Sort.ascending("dueAt"), agent,
                CallbackStatus.PENDING, dueBy);
    }

    /** The pending callbacks of a consultation. */
    public List<Callback> pendingOf(UUID consultationId) {
        return list("consultationId = ?1 and status = ?2", consultationId, CallbackStatus.PENDING);
    }

    /** All callbacks of a consultation, oldest first. */
    public List<Callback> of(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt"), consultationId);
    }
}
