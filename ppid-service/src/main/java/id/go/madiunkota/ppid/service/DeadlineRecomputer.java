package id.go.madiunkota.ppid.service;

import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.DeadlineRecomputed;
import id.go.madiunkota.ppid.calendar.service.CalendarChangedNotice;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * When the calendar changes (one day, or a whole decree), every deadline that still runs and spans a changed day is
 * computed again, in the same transaction as the change, with a {@code DeadlineRecomputed} event for each one moved.
 * One method per kind of deadline: the request's response deadline (REQUEST), the superior's 30 working days on an
 * objection (OBJECTION), the 14 working days to take a decided objection to the Komisi Informasi, or an objection
 * the superior left unanswered past its due date (both DISPUTE). The
 * 30-working-day window to file an objection is not stored: it is counted on the calendar in force when the
 * objection is filed, so it follows every change by itself.
 */
@ApplicationScoped
public class DeadlineRecomputer {

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputer.class);

    private final RequestRepository requests;
    private final ObjectionRepository objections;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineRecomputer(RequestRepository requests, ObjectionRepository objections, DeadlinePolicy deadlines,
            Outbox outbox, Clock clock) {
        this.requests = requests;
        this.objections = objections;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    void onCalendarChanged(@Observes CalendarChangedNotice notice) {
        // the superior's due date first: the window after the superior's silence is counted from it
        int moved = requestDeadlines(notice) + objectionDecisionDeadlines(notice) + silenceDisputeWindows(notice)
                + disputeWindows(notice);
        LOG.infof("Calendar %s %s..%s: %d open deadline(s) moved", notice.change(), notice.date(), notice.lastDate(),
                moved);
    }

    /** The response deadlines of requests still awaiting a decision. */
    int requestDeadlines(CalendarChangedNotice notice) {
        int moved = 0;
        for (InformationRequest request : requests.awaitingDecisionDueOnOrAfter(notice.date())) {
            LocalDate before = request.deadline().dueDate();
            if (!notice.spans(request.deadline().receivedOn(), before)) {
                continue;
            }
            String versionBefore = request.deadline().calendarVersion();
            LocalDate after = deadlines.recomputedDueDate(request.deadline());
            if (request.recomputeDueDate(after, notice.calendarVersion(), clock.instant())) {
                published(request.id(), "REQUEST", request.registrationNumber(), before, after, versionBefore, notice);
                moved++;
            }
        }
        return moved;
    }

    /** The superior's 30 working days on objections not decided yet. */
    int objectionDecisionDeadlines(CalendarChangedNotice notice) {
        int moved = 0;
        for (Objection objection : objections.awaitingDecisionDueOnOrAfter(notice.date())) {
            LocalDate before = objection.dueDate();
            if (!notice.spans(objection.filedOn(), before)) {
                continue;
            }
            String versionBefore = objection.calendarVersion();
            LocalDate after = deadlines.plusTarget(objection.filedOn(), DeadlinePolicy.OBJECTION_DECISION_DAYS);
            if (objection.recomputeDueDate(after, notice.calendarVersion(), clock.instant())) {
                published(objection.id(), "OBJECTION", objection.registrationNumber(), before, after, versionBefore,
                        notice);
                moved++;
            }
        }
        return moved;
    }

    /**
     * The 14 working days after the superior's silence (due date passed, no decision) to go to the Komisi Informasi.
     */
    int silenceDisputeWindows(CalendarChangedNotice notice) {
        int moved = 0;
        for (Objection objection : objections.silenceWindowOpenOnOrAfter(notice.date())) {
            LocalDate before = objection.silenceDisputeDueDate();
            if (!notice.spans(objection.filedOn(), before)) {
                continue;
            }
            String versionBefore = objection.calendarVersion();
            LocalDate after = deadlines.silenceDisputeDueDate(objection.dueDate());
            if (objection.recomputeSilenceDisputeDueDate(after, clock.instant())) {
                published(objection.id(), "DISPUTE", objection.registrationNumber(), before, after, versionBefore,
                        notice);
                moved++;
            }
        }
        return moved;
    }

    /** The 14 working days after the superior's decision to file a dispute with the Komisi Informasi. */
    int disputeWindows(CalendarChangedNotice notice) {
        int moved = 0;
        for (Objection objection : objections.disputeWindowOpenOnOrAfter(notice.date())) {
            LocalDate before = objection.disputeDueDate();
            if (!notice.spans(objection.decidedOn(), before)) {
                continue;
            }
            String versionBefore = objection.calendarVersion();
            LocalDate after = deadlines.plusTarget(objection.decidedOn(), DeadlinePolicy.DISPUTE_FILING_DAYS);
            if (objection.recomputeDisputeDueDate(after, notice.calendarVersion(), clock.instant())) {
                published(objection.id(), "DISPUTE", objection.registrationNumber(), before, after, versionBefore,
                        notice);
                moved++;
            }
        }
        return moved;
    }

    private void published(UUID id, String kind, String registrationNumber, LocalDate before, LocalDate after,
            String versionBefore, CalendarChangedNotice notice) {
        outbox.add(new DeadlineRecomputed(id, kind, registrationNumber, before, after, versionBefore,
                notice.calendarVersion()), id);
    }
}
