package id.go.madiunkota.common.web;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes idempotency records past their retention, on a thread of its own every {@code cleanup-interval}. Expired
 * records are ignored anyway; this only keeps the table small. Instances doing it at once do no harm.
 */
@ApplicationScoped
public class IdempotencyCleaner {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleaner.class);

    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private ScheduledExecutorService executor;

    public IdempotencyCleaner(IdempotencyStore store, IdempotencyConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long every = config.cleanupInterval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("idempotency-cleanup").daemon().factory());
        executor.scheduleWithFixedDelay(this::cleanUp, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void cleanUp() {
        try {
            int deleted = store.purgeExpired();
            if (deleted > 0) {
                LOG.infof("Deleted %d idempotency records older than %s", deleted, config.retention());
            }
        } catch (RuntimeException e) {
            // A database outage must not end the schedule; the next run tries again.
            LOG.warnf("Could not delete expired idempotency records: %s", e.getMessage());
        }
    }
}
