package id.go.madiunkota.common.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rows of {@code mail_outbox}. */
@ApplicationScoped
public class MailOutboxRepository implements PanacheRepositoryBase<OutboxMail, UUID> {

    /**
     * Takes up to {@code limit} due mails for this instance until {@code until}: the rows are locked with
     * {@code FOR UPDATE SKIP LOCKED}, so that another instance claiming at the same time takes others, and their next
     * attempt is moved to {@code until}, so that no instance takes them again while this one sends them.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(Instant now, Instant until, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now
                 ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", until, ids);
        }
        return ids;
    }

    public long countWith(MailStatus status) {
        return count("status", status);
    }

    /** The mails about a record, oldest first. */
    public List<OutboxMail> about(String reference) {
        return list("reference = ?1 order by createdAt", reference);
    }
}
