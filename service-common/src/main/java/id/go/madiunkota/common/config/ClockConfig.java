package id.go.madiunkota.common.config;

import io.smallrye.config.ConfigMapping;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Where the application's clock starts, under {@code madiun.clock}. */
@ConfigMapping(prefix = "madiun.clock")
public interface ClockConfig {

    /**
     * {@code madiun.clock.start-at} (env {@code MADIUN_CLOCK_START_AT}), an ISO offset date-time such as
     * {@code 2027-07-15T09:00:00+07:00}: the clock reads this instant when the application starts and runs on from
     * there, so a whole test run can be made on another date. Empty (the default): the real time. Never in production.
     */
    Optional<OffsetDateTime> startAt();
}
