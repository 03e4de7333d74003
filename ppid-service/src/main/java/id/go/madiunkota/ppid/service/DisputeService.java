package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.DisputeFiled;
import id.go.madiunkota.events.ppid.DisputeOutcomeRecorded;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Disputes (sengketa) with the Komisi Informasi, UU 14/2008 Pasal 37–38: filed within 14 working days of the
 * superior's answer, or, when the superior stays silent past the 30 working days, within the 14 working days that
 * follow the lapse; then the commission's outcome (mediation agreement or adjudication decision).
 */
@ApplicationScoped
public class DisputeService {

    private final ObjectionService objections;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;

    public DisputeService(ObjectionService objections, DeadlinePolicy deadlines, Outbox outbox, Clock clock) {
        this.objections = objections;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The dispute filed with the Komisi Informasi: after the superior's answer, or on their silence. */
    @Transactional
    public Objection file(UUID id, ObjectionBodies.Dispute body, Caller caller) {
        Objection objection = objections.loadFor(id, caller);
        if (objection.status() == ObjectionStatus.FILED) {
            LocalDate today = LocalDate.now(clock);
            LocalDate windowEnd = objection.silenceDisputeDueDate() != null ? objection.silenceDisputeDueDate()
                    : deadlines.silenceDisputeDueDate(objection.dueDate()); // objections filed before it was stored
            objection.escalateOnSilence(body.commissionCaseNumber(), body.filedOn(), today, windowEnd,
                    clock.instant());
        } else {
            objection.escalate(body.commissionCaseNumber(), body.filedOn(), clock.instant());
        }
        outbox.add(new DisputeFiled(objection.id(), objection.requestId(), objection.registrationNumber(),
                body.commissionCaseNumber(), body.filedOn()), objection.id());
        return objection;
    }

    /** The Komisi Informasi's outcome of the dispute. */
    @Transactional
    public Objection recordOutcome(UUID id, ObjectionBodies.DisputeOutcomeBody body) {
        Objection objection = objections.load(id);
        String caseNumber = body.commissionCaseNumber().strip();
        objection.recordDisputeOutcome(body.outcome(), body.decidedOn(), caseNumber, clock.instant());
        outbox.add(new DisputeOutcomeRecorded(objection.id(), objection.requestId(), objection.registrationNumber(),
                caseNumber, body.outcome().name(), body.decidedOn()), objection.id());
        return objection;
    }
}
