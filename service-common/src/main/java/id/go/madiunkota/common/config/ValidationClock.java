package id.go.madiunkota.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of {@code @Past}, {@code @PastOrPresent}, {@code @Future} and {@code @FutureOrPresent}: the service's own,
 * in the office's time zone. With the JVM's default clock (UTC on servers) a date of today in Madiun counted as the
 * future between midnight WIB and 07:00 WIB, so a dispute filed on the day of the superior's decision was refused.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
