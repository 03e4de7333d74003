package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.events.helpdesk.CallbackDue;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.helpdesk.repository.CallbackRepository;
import id.go.madiunkota.helpdesk.repository.DueCallback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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

    private final CallbackRepository callbacks;
    private final Outbox outbox;
    private final Clock clock;

    public CallbackWatch(CallbackRepository callbacks, Outbox outbox, Clock clock) {
        this.callbacks = callbacks;
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
        int published = 0;
        for (DueCallback due : callbacks.lockDueUnannounced(now, BATCH)) {
            if (callbacks.markNotified(due.id(), now)) {
                outbox.add(new CallbackDue(due.consultationId(), due.id(), due.agent(), due.dueAt()),
                        due.consultationId());
                published++;
            }
        }
        return published;
    }
}
