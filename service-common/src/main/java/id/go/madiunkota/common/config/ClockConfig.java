package id.go.madiunkota.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Where the application's clock starts, and whether a test run may move it, under {@code madiun.clock}. */
@ConfigMapping(prefix = "madiun.clock")
public interface ClockConfig {

    /**
     * {@code madiun.clock.start-at} (env {@code MADIUN_CLOCK_START_AT}), an ISO offset date-time such as
     * {@code 2027-07-15T09:00:00+07:00}: the clock reads this instant when the application starts and runs on from
     * there, so a whole test run can be made on another date. Empty (the default): the real time. Never in production.
     */
    Optional<OffsetDateTime> startAt();

    /**
     * {@code madiun.clock.movable} (env {@code MADIUN_CLOCK_MOVABLE}): when true, the management interface (never the
     * public port) answers {@code GET /clock}, {@code PUT /clock} {@code {"at": "<offset date-time>"}} to move the
     * clock, which then runs on from there, and {@code DELETE /clock} to put it back. For the end-to-end suite, which
     * must see a training session's own day; {@code ./suite test} sets it. Default false: the routes do not exist.
     */
    @WithDefault("false")
    boolean movable();
}
