package id.go.madiunkota.common.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The application's clock: the real time, shifted by the configured start ({@code madiun.clock.start-at}) and, in an
 * end-to-end run with {@code madiun.clock.movable}, by a move through the management interface. It always runs on.
 */
public final class RunningClock extends Clock {

    private final ZoneId zone;
    private final Duration start;
    private volatile Duration offset;

    RunningClock(ZoneId zone, Duration start) {
        this.zone = zone;
        this.start = start;
        this.offset = start;
    }

    /** From now on the time runs on from {@code at}. */
    void moveTo(OffsetDateTime at) {
        offset = Duration.between(Instant.now(), at.toInstant());
    }

    /** Back to the configured start (or the real time). */
    void reset() {
        offset = start;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.offset(Clock.system(other), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
