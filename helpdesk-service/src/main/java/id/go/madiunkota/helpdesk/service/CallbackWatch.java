package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.events.helpdesk.CallbackDue;
import id.go.madiunkota.events.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publishes {@code helpdesk.CallbackDue} once for each pending callback whose time has come. Each batch locks the due,
 * not yet notified rows ({@code FOR UPDATE SKIP LOCKED}, so a second instance takes other rows or none), marks them
 * notified with a guarded {@code UPDATE ... WHERE notified_at IS NULL}, and writes the event to the outbox in the same
 * transaction: two instances never both publish one callback.
 *
 * <p>Runs every {@code madiun.helpdesk.callback-watch.every} (default 30s; {@code off} in tests, which set the clock
 * and call {@link #run()} themselves).
 */
@ApplicationScoped
public class CallbackWatch {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(CallbackWatch.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public CallbackWatch(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${madiun.helpdesk.callback-watch.every}", identity = "callback-watch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Publishes CallbackDue for every callback due now and not announced before; returns how many it published. */
    public int run() {
        Instant now = clock.instant();
        int total = 0;
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(() -> batch(now));
            total += published;
        } while (published == BATCH);
        if (total > 0) {
            LOG.infof("Callback watch: %d callbacks fell due", total);
        }
        return total;
    }

    private int batch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                select id, consultation_id, agent, due_at from callback
                where status = 'PENDING' and notified_at is null and due_at <= :now
                order by due_at, id limit :limit for update skip locked""")
                .setParameter("now", now)
                .setParameter("limit", BATCH)
                .getResultList();
        int published = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            int marked = entityManager.createNativeQuery(
                            "update callback set notified_at = :now where id = :id and notified_at is null")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .executeUpdate();
            if (marked == 1) {
                outbox.add(new CallbackDue((UUID) row[1], id, (String) row[2], instant(row[3])), row[1]);
                published++;
            }
        }
        return published;
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
