package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.api.CallbackView;
import id.go.madiunkota.helpdesk.api.ConsultationView;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.CallerDetails;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationTiming;
import id.go.madiunkota.helpdesk.entity.Escalation;
import id.go.madiunkota.helpdesk.service.QueuedCallback;
import id.go.madiunkota.helpdesk.service.TimedConsultation;

/** Consultations and callbacks to their views; the timing and the due flags come computed with them. */
final class ConsultationMapper {

    private ConsultationMapper() {
    }

    static ConsultationView toView(TimedConsultation timed) {
        Consultation c = timed.consultation();
        CallerDetails caller = c.caller();
        ConsultationTiming t = timed.timing();
        return new ConsultationView(c.id(), c.status().name(), c.channel().name(),
                new ConsultationView.CallerView(caller.name(), caller.role().name(), caller.organization(),
                        caller.phone()),
                c.topic().name(), c.question(), c.agent().name(), c.openedAt(), c.answer(), c.resolvedAt(),
                timed.escalations().stream().map(ConsultationMapper::escalation).toList(),
                c.closing() == null ? null : c.closing().closedAt(),
                new ConsultationView.TimingView(t.targetMinutes(), t.elapsedMinutes(), t.lkppWaitSeconds(),
                        t.withinTarget()));
    }

    static CallbackView toView(QueuedCallback queued) {
        Callback callback = queued.callback();
        Consultation consultation = queued.consultation();
        return new CallbackView(callback.id(), callback.consultationId(), callback.agent().name(),
                callback.status().name(),
                callback.dueAt(), queued.due(), queued.overdue(), callback.notifiedAt(), callback.completedAt(),
                consultation.status().name(), consultation.caller().name(), consultation.caller().phone(),
                consultation.topic().name());
    }

    private static ConsultationView.EscalationView escalation(Escalation e) {
        return new ConsultationView.EscalationView(e.number(), e.note(), e.escalatedAt(), e.escalatedBy().name(),
                e.callbackId(), e.answer(), e.lkppReference(), e.answeredAt(), e.relayedAt(), e.accepted());
    }
}
