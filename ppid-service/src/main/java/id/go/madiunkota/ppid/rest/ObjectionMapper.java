package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.ppid.api.ObjectionView;
import id.go.madiunkota.ppid.api.TrackingView;
import id.go.madiunkota.ppid.entity.Objection;

/** Objections to their views. */
final class ObjectionMapper {

    private ObjectionMapper() {
    }

    static ObjectionView toView(Objection o) {
        return new ObjectionView(o.id(), o.registrationNumber(), o.requestId(), o.status().name(),
                o.grounds().stream().map(Enum::name).toList(), o.reason(), o.filedOn(), o.filedVia().name(),
                o.dueDate(), o.calendarVersion(), o.outcome() == null ? null : o.outcome().name(), o.decisionReason(),
                o.decidedOn(), o.disputeDueDate(), o.commissionCaseNumber(), o.disputeFiledOn(),
                o.openSilenceDisputeDueDate(), o.disputeOnSilence(),
                o.disputeOutcome() == null ? null : o.disputeOutcome().name(), o.disputeOutcomeOn(),
                o.decidedByName());
    }

    /** What tracking shows of an objection: numbers, status and dates only. */
    static TrackingView.ObjectionStatus toTracking(Objection o) {
        return new TrackingView.ObjectionStatus(o.registrationNumber(), o.status().name(),
                o.outcome() == null ? null : o.outcome().name(), o.filedOn(), o.dueDate(), o.decidedOn(),
                o.disputeFiledOn(), o.disputeDueDate(), o.openSilenceDisputeDueDate(), o.id());
    }
}
