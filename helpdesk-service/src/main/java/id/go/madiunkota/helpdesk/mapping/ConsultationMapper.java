package id.go.madiunkota.helpdesk.mapping;

import id.go.madiunkota.helpdesk.config.HelpdeskConfig;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.CallerDetails;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.Escalation;
import id.go.madiunkota.helpdesk.rest.CallbackView;
import id.go.madiunkota.helpdesk.rest.ConsultationView;
import id.go.madiunkota.helpdesk.service.ServiceTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Consultations and callbacks to their views, with the timing against the service standard. */
@ApplicationScoped
public class ConsultationMapper {

    private final ServiceTargets targets;
    private final HelpdeskConfig config;
    private final Clock clock;

    public ConsultationMapper(ServiceTargets targets, HelpdeskConfig config, Clock clock) {
        this.targets = targets;
        this.config = config;
        this.clock = clock;
    }

    public ConsultationView toView(Consultation c) {
        CallerDetails caller = c.caller();
        return new ConsultationView(c.id(), c.status().name(), c.channel().name(),
                new ConsultationView.CallerView(caller.name(), caller.role().name(), caller.organization(),
                        caller.phone()),
                c.topic().name(), c.question(), c.agent(), c.openedAt(), c.answer(), c.resolvedAt(),
                c.escalations().stream().map(ConsultationMapper::escalation).toList(), c.closedAt(), timing(c));
    }

    public CallbackView toView(Callback callback, Consultation consultation) {
        Instant now = clock.instant();
        boolean due = callback.due(now);
        boolean overdue = due && now.isAfter(callback.dueAt().plus(config.callbacks().overdueAfter()));
        return new CallbackView(callback.id(), callback.consultationId(), callback.agent(), callback.status().name(),
                callback.dueAt(), due, overdue, callback.notifiedAt(), callback.completedAt(),
                consultation.status().name(), consultation.caller().name(), consultation.caller().phone(),
                consultation.topic().name());
    }

    private ConsultationView.TimingView timing(Consultation c) {
        boolean closed = c.status() == ConsultationStatus.CLOSED;
        int target = closed ? c.targetMinutes() : targets.completionMinutes();
        Duration elapsed = Duration.between(c.openedAt(), closed ? c.closedAt() : clock.instant());
        boolean within = closed ? c.withinTarget() : !elapsed.minusMinutes(target).isPositive();
        return new ConsultationView.TimingView(target, elapsed.toMinutes(), c.lkppWaitSeconds(), within);
    }

    private static ConsultationView.EscalationView escalation(Escalation e) {
        return new ConsultationView.EscalationView(e.number(), e.note(), e.escalatedAt(), e.escalatedBy(),
                e.callbackId(), e.answer(), e.lkppReference(), e.answeredAt(), e.relayedAt(), e.accepted());
    }
}
