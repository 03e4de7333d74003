package id.go.madiunkota.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "Calendar copy": DOWN while the local copy of the non-working days is missing (never filled from
 * ppid-service, no event received), because sessions cannot then be checked against holidays; UP with the version and
 * the day counts otherwise.
 */
@Readiness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    /** The check's name on {@code /q/health/ready}. */
    public static final String NAME = "Calendar copy";

    private final CalendarCopyService copy;
    private final Clock clock;

    public CalendarHealthCheck(CalendarCopyService copy, Clock clock) {
        this.copy = copy;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        int year = LocalDate.now(clock).getYear();
        if (!copy.present()) {
            return HealthCheckResponse.named(NAME).down().withData("calendarCopy", "MISSING")
                    .withData("warning", "The non-working days were not read from ppid-service yet").build();
        }
        CalendarCopyService.Status status = copy.status(year);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("calendarCopy", "PRESENT")
                .withData("calendarVersion", status.calendarVersion())
                .withData("nonWorkingDays" + year, status.daysThisYear())
                .withData("nonWorkingDays" + (year + 1), status.daysNextYear());
        return response.build();
    }
}
