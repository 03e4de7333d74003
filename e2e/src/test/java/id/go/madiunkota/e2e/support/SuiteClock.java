package id.go.madiunkota.e2e.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The services' "now" as the suite sees it: the real time, or, when the run is on a shifted clock
 * ({@code MADIUN_CLOCK_START_AT}, which {@code ./suite} passes to every application as {@code madiun.clock.start-at}),
 * that instant at the start of this suite and running on. The services started a little earlier, so their clocks are
 * a few minutes ahead of this one: fine for choosing days ahead and for a guest-book time a few minutes back.
 */
public final class SuiteClock {

    /** The office's zone. */
    public static final ZoneId MADIUN = ZoneId.of("Asia/Jakarta");
    private static final Duration OFFSET = offset();

    private SuiteClock() {
    }

    /** Now, on the services' clock. */
    public static Instant now() {
        return Instant.now().plus(OFFSET);
    }

    /** Today in Madiun, on the services' clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), MADIUN);
    }

    /** Now at {@code offset}, on the services' clock. */
    public static OffsetDateTime now(ZoneOffset offset) {
        return OffsetDateTime.ofInstant(now(), offset);
    }

    private static Duration offset() {
        String start = System.getProperty("madiun.clock.start-at", System.getenv("MADIUN_CLOCK_START_AT"));
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        return Duration.between(Instant.now(), OffsetDateTime.parse(start.strip()).toInstant());
    }
}
