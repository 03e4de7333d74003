package id.go.madiunkota.common.config;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The clock of a service's test application: the real time (or, with {@code madiun.clock.start-at} set,
 * the time running on from that start) unless a test sets it, so that deadlines are tested on chosen
 * days instead of waiting for them. Replaces the default clock of {@link ClockProducer}, in the test profile only. It
 * lives in the test-scoped module service-testing, so a production build does not contain it. Tests reset it when
 * done.
 */
@ApplicationScoped
@IfBuildProfile("test")
public class TestClock extends Clock {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Duration offset;
    private volatile Instant fixed;

    public TestClock(ClockConfig config) {
        // service-common's ClockProducer.offsetTo, written out: a package-private method of another jar is not ours
        this.offset = config.startAt().map(at -> Duration.between(Instant.now(), at.toInstant())).orElse(Duration.ZERO);
    }

    /** From now on the time is {@code at} (until {@link #reset()}). */
    public void set(OffsetDateTime at) {
        fixed = at.toInstant();
    }

    /** Back to the real time (from the configured start, if any). */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return JAKARTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now().plus(offset);
    }
}
