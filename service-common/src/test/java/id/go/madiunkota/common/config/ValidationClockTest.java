package id.go.madiunkota.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Date constraints read the service's clock, in the office's time zone, not the JVM's (UTC on servers). */
@QuarkusTest
class ValidationClockTest {

    /** A body with a date that may not lie in the future. */
    record Filed(@PastOrPresent LocalDate on) {
    }

    @Inject
    Validator validator;

    /** The application's clock (service-common's tests have no TestClock: that lives in service-testing). */
    @Inject
    RunningClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void todayInMadiunIsPresentWhileItIsStillYesterdayInUtc() {
        clock.moveTo(OffsetDateTime.parse("2026-05-04T00:30:00+07:00")); // 3 May, 17:30 in UTC; runs on from there
        assertThat(validator.validate(new Filed(LocalDate.parse("2026-05-04")))).isEmpty();
        assertThat(validator.validate(new Filed(LocalDate.parse("2026-05-05")))).hasSize(1);
    }
}
