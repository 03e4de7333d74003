package id.go.madiunkota.common.config;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * The clock every rule reads time from, so that tests can set the time instead of waiting for it. With
 * {@code madiun.clock.start-at} set it starts at that instant and runs on from there; see {@link RunningClock}.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(RunningClock running) {
        return running;
    }

    /** The one running clock; {@link ClockControl} moves it when the configuration allows. Not a {@code Clock} bean. */
    @Produces
    @Singleton
    @Typed(RunningClock.class)
    RunningClock running(ServiceConfig config, ClockConfig clock) {
        return new RunningClock(config.zone(), clock.startAt().map(ClockProducer::offsetTo).orElse(Duration.ZERO));
    }

    /** A shifted clock must never go unnoticed: said at start, before anything reads the time. */
    void onStart(@Observes StartupEvent start, ClockConfig clock) {
        clock.startAt().ifPresent(at -> LOG.warnf("madiun.clock.start-at is set: the clock starts at %s (%s from the "
                + "real time) and runs on from there. For test runs only.", at, offsetTo(at)));
    }

    /** How far {@code start} lies from the real time now. */
    static Duration offsetTo(OffsetDateTime start) {
        return Duration.between(Instant.now(), start.toInstant());
    }
}
