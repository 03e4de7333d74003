package id.go.madiunkota.ppid.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "Working-day calendar": always UP, because the service still works without next year's holidays,
 * but it carries a warning in its data for every year the calendar should cover and does not (see
 * {@link CalendarCoverage}), so that operations see it on {@code /q/health/ready} well before it matters, and it
 * lists under {@code provisionalYears} this year and the next when they run on predicted holidays (no decree yet).
 */
@Readiness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    /** The check's name on {@code /q/health/ready}. */
    public static final String NAME = "Working-day calendar";

    private final CalendarCoverage coverage;
    private final Clock clock;

    public CalendarHealthCheck(CalendarCoverage coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        CalendarCoverage.Report report = coverage.on(LocalDate.now(clock));
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("calendarVersion", report.calendarVersion())
                .withData("nonWorkingDays" + report.year(), report.daysThisYear())
                .withData("nonWorkingDays" + (report.year() + 1), report.daysNextYear());
        if (!report.provisionalYears().isEmpty()) {
            response.withData("provisionalYears", report.provisionalYears().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        for (CalendarGap gap : report.gaps()) {
            response.withData(gap.kind() == CalendarGap.Kind.CURRENT_YEAR_EMPTY ? "currentYearWarning"
                    : "nextYearWarning", gap.warning());
        }
        return response.build();
    }
}
