package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.CalendarMissing;
import id.go.madiunkota.ppid.calendar.repository.CalendarAlertRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Says loudly when the calendar does not cover a year it must: publishes {@code ppid.CalendarMissing} once per year
 * and kind of gap (remembered in {@code calendar_alert}, so once across restarts and instances). Runs right after
 * start and then every hour; the readiness check shows the same gaps for as long as they last.
 */
@ApplicationScoped
public class CalendarWatch {

    private static final Logger LOG = Logger.getLogger(CalendarWatch.class);

    private final CalendarCoverage coverage;
    private final CalendarAlertRepository alerts;
    private final Outbox outbox;
    private final Clock clock;

    public CalendarWatch(CalendarCoverage coverage, CalendarAlertRepository alerts, Outbox outbox, Clock clock) {
        this.coverage = coverage;
        this.alerts = alerts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "1h", identity = "calendar-watch", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void hourly() {
        reportGaps(LocalDate.now(clock));
    }

    /** Publishes the gaps found on {@code today} that were not reported before; returns those it published. */
    @Transactional
    public List<CalendarGap> report(LocalDate today) {
        return reportGaps(today);
    }

    private List<CalendarGap> reportGaps(LocalDate today) {
        CalendarCoverage.Report report = coverage.on(today);
        List<CalendarGap> published = new ArrayList<>();
        for (CalendarGap gap : report.gaps()) {
            if (alerts.recordOnce(gap.year(), gap.kind().name(), today, Integer.parseInt(report.calendarVersion()))) {
                outbox.add(new CalendarMissing(gap.year(), today, report.calendarVersion()),
                        String.valueOf(gap.year()));
                LOG.warnf("Working-day calendar: %s", gap.warning());
                published.add(gap);
            }
        }
        return published;
    }
}
