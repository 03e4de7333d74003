package id.go.madiunkota.training.service;

import id.go.madiunkota.training.config.TrainingConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Fills the empty local calendar copy from ppid-service's public endpoint
 * ({@code GET /api/ppid/calendar/non-working-days?year=}) for this year and the next, with what each year runs on
 * (its decree, or the predicted holidays, which this service computes with the same code as ppid-service). Failing
 * to reach ppid-service does not stop the service: it logs a warning, readiness reports the copy as missing, and the
 * fill is tried again.
 */
@ApplicationScoped
public class CalendarFill {

    private static final Logger LOG = Logger.getLogger(CalendarFill.class);
    private static final int PAGE_SIZE = 366;

    private final CalendarCopyService copy;
    private final TrainingConfig config;
    private final Clock clock;

    public CalendarFill(CalendarCopyService copy, TrainingConfig config, Clock clock) {
        this.copy = copy;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.calendar().fillAtStart()) {
            fillIfMissing(URI.create(config.ppidUrl()));
        }
    }

    @Scheduled(every = "${madiun.training.calendar.fill-retry:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        if (config.calendar().fillAtStart()) {
            fillIfMissing(URI.create(config.ppidUrl()));
        }
    }

    /** Fills the copy from the ppid-service at {@code ppidUrl} when it was never filled; returns whether it is now. */
    public boolean fillIfMissing(URI ppidUrl) {
        if (copy.present()) {
            return true;
        }
        try {
            PpidCalendarClient client = QuarkusRestClientBuilder.newBuilder().baseUri(ppidUrl)
                    .connectTimeout(config.calendar().timeoutSeconds(), TimeUnit.SECONDS)
                    .readTimeout(config.calendar().timeoutSeconds(), TimeUnit.SECONDS)
                    .build(PpidCalendarClient.class);
            int year = LocalDate.now(clock).getYear();
            List<PpidCalendarClient.Day> days = new ArrayList<>();
            Set<Integer> decreed = new HashSet<>();
            Set<Integer> provisional = new HashSet<>();
            for (int each : List.of(year, year + 1)) {
                days.addAll(yearOf(client, each, decreed, provisional));
            }
            int version = CalendarCopyService.versionOf(
                    client.workingDays(LocalDate.now(clock), 0).calendarVersion());
            int added = copy.fill(days, decreed, provisional, version);
            LOG.infof("Calendar copy filled from ppid-service: %d non-working days of %d and %d, version %d", added,
                    year, year + 1, version);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Calendar copy missing: ppid-service at %s could not be read (%s); sessions cannot be checked "
                    + "against non-working days until it is filled or ppid.CalendarChanged events arrive", ppidUrl,
                    e.getMessage());
            return false;
        }
    }

    private static List<PpidCalendarClient.Day> yearOf(PpidCalendarClient client, int year, Set<Integer> decreed,
            Set<Integer> provisional) {
        List<PpidCalendarClient.Day> days = new ArrayList<>();
        int page = 0;
        while (true) {
            PpidCalendarClient.DayPage answer = client.nonWorkingDays(year, page, PAGE_SIZE);
            days.addAll(answer.items());
            // an older ppid-service does not say: its listed years were decreed, as it had nothing else
            (answer.yearCalendar() == null || CalendarCopyService.DECREED.equals(answer.yearCalendar()) ? decreed
                    : provisional).add(year);
            if (answer.items().isEmpty() || days.size() >= answer.total()) {
                return days;
            }
            page++;
        }
    }
}
