package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.calendar.service.CalendarSnapshot;
import id.go.madiunkota.ppid.calendar.service.WorkingDayCalendar;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.DeadlineApproaching;
import id.go.madiunkota.events.ppid.DeadlineBreached;
import id.go.madiunkota.ppid.repository.DeadlineNoticeRepository;
import id.go.madiunkota.ppid.repository.DeadlineNoticeRepository.Notice;
import id.go.madiunkota.ppid.repository.DeadlineNoticeRepository.WatchedDeadline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publishes {@code ppid.DeadlineApproaching} once when an open deadline has {@value #APPROACHING_WITHIN} working days
 * or fewer left, and {@code ppid.DeadlineBreached} once from the calendar day after the due date on; once per item,
 * kind of notice and due date (remembered in {@code deadline_notice}, so once across restarts and instances).
 * Works in batches of {@value #BATCH}, each its own transaction, so a large backlog is no huge transaction.
 *
 * <p>Runs every {@code madiun.ppid.deadline-watch.every} (default 5m; {@code off} in tests, which move the clock and
 * call {@link #run()} themselves).
 */
@ApplicationScoped
public class DeadlineWatch {

    /** Working days left at which a deadline is approaching (the {@code dueSoon} flag of a request). */
    static final int APPROACHING_WITHIN = 2;
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final DeadlineNoticeRepository notices;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineWatch(DeadlineNoticeRepository notices, WorkingDayCalendar calendar, Outbox outbox, Clock clock) {
        this.notices = notices;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How many notices a run published. */
    public record Result(int approaching, int breached) {

        Result plus(Result other) {
            return new Result(approaching + other.approaching, breached + other.breached);
        }
    }

    @Scheduled(every = "${madiun.ppid.deadline-watch.every}", identity = "deadline-watch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Publishes the notices due today that were not published before; returns how many it published. */
    public Result run() {
        LocalDate today = LocalDate.now(clock);
        Result total = new Result(0, 0);
        for (String kind : notices.kinds()) {
            UUID after = DeadlineNoticeRepository.FIRST;
            Batch batch;
            do {
                UUID from = after;
                batch = QuarkusTransaction.requiringNew().call(() -> watch(kind, today, from));
                total = total.plus(batch.published());
                after = batch.last();
            } while (batch.full());
        }
        if (total.approaching() + total.breached() > 0) {
            LOG.infof("Deadline watch on %s: %d approaching, %d breached", today, total.approaching(),
                    total.breached());
        }
        return total;
    }

    private record Batch(UUID last, boolean full, Result published) {
    }

    private Batch watch(String kind, LocalDate today, UUID after) {
        CalendarSnapshot workingDays = calendar.snapshot(); // one calendar version for the batch
        // Every due date with at most APPROACHING_WITHIN working days left lies before this one.
        LocalDate until = workingDays.addWorkingDays(today, APPROACHING_WITHIN + 1);
        List<WatchedDeadline> open = notices.open(kind, today, until, after, BATCH);
        int approaching = 0;
        int breached = 0;
        for (WatchedDeadline deadline : open) {
            int left = workingDays.workingDaysBetween(today, deadline.dueDate());
            if (today.isAfter(deadline.dueDate())) {
                if (notices.recordOnce(deadline, Notice.BREACHED, clock.instant())) {
                    outbox.add(new DeadlineBreached(deadline.id(), deadline.kind(), deadline.registrationNumber(),
                            deadline.dueDate(), left), deadline.id());
                    breached++;
                }
            } else if (left <= APPROACHING_WITHIN) {
                if (notices.recordOnce(deadline, Notice.APPROACHING, clock.instant())) {
                    outbox.add(new DeadlineApproaching(deadline.id(), deadline.kind(), deadline.registrationNumber(),
                            deadline.dueDate(), left), deadline.id());
                    approaching++;
                }
            }
        }
        UUID last = open.isEmpty() ? after : open.get(open.size() - 1).id();
        return new Batch(last, open.size() == BATCH, new Result(approaching, breached));
    }
}
