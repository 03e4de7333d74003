package id.go.madiunkota.ppid.service;

import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.DeadlineRecomputed;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.repository.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * When the calendar changes, every request whose deadline still runs and spans the changed day gets its due date
 * computed again, in the same transaction as the change, with a {@code DeadlineRecomputed} event for each one moved.
 */
@ApplicationScoped
public class DeadlineRecomputer {

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputer.class);

    private final RequestRepository requests;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineRecomputer(RequestRepository requests, DeadlinePolicy deadlines, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    void onCalendarChanged(@Observes CalendarChangedNotice notice) {
        int moved = 0;
        // A deadline that ended before the changed day cannot span it; one on or after it may.
        for (InformationRequest request : requests.awaitingDecisionDueOnOrAfter(notice.date())) {
            if (request.deadline().receivedOn().isAfter(notice.date())) {
                continue;
            }
            LocalDate before = request.deadline().dueDate();
            String versionBefore = request.deadline().calendarVersion();
            LocalDate after = deadlines.recomputedDueDate(request.deadline());
            if (request.recomputeDueDate(after, notice.calendarVersion(), clock.instant())) {
                outbox.add(new DeadlineRecomputed(request.id(), "REQUEST", request.registrationNumber(), before, after,
                        versionBefore, notice.calendarVersion()), request.id());
                moved++;
            }
        }
        LOG.infof("Calendar %s %s: %d open deadline(s) moved", notice.change(), notice.date(), moved);
    }
}
