package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.events.helpdesk.ConsultationClosed;
import id.go.madiunkota.events.helpdesk.ConsultationEscalated;
import id.go.madiunkota.events.helpdesk.ConsultationOpened;
import id.go.madiunkota.events.helpdesk.ConsultationResolved;
import id.go.madiunkota.events.helpdesk.LkppAnswerRecorded;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.helpdesk.api.ConsultationBodies;
import id.go.madiunkota.helpdesk.api.OpenConsultation;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.CallerDetails;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.Escalation;
import id.go.madiunkota.helpdesk.entity.RecordKind;
import id.go.madiunkota.helpdesk.entity.Staff;
import id.go.madiunkota.helpdesk.repository.CallbackRepository;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The seed's consultation flow, one transaction per step with its event in the outbox: open, resolve directly or
 * escalate to LKPP (creating the agent's callback task), record LKPP's answer, relay it, close. Each answers the
 * consultation with its timing, read inside the transaction. Logs carry ids only.
 */
@ApplicationScoped
public class ConsultationService {

    private static final Logger LOG = Logger.getLogger(ConsultationService.class);

    private final ConsultationRepository consultations;
    private final CallbackRepository callbacks;
    private final ServiceTargets targets;
    private final Outbox outbox;
    private final HelpdeskMails mails;
    private final Clock clock;

    public ConsultationService(ConsultationRepository consultations, CallbackRepository callbacks,
            ServiceTargets targets, Outbox outbox, HelpdeskMails mails, Clock clock) {
        this.consultations = consultations;
        this.callbacks = callbacks;
        this.targets = targets;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public TimedConsultation open(OpenConsultation body, Staff agent) {
        OpenConsultation.CallerInput caller = body.caller();
        if (body.channel().needsPhone() && (caller.phone() == null || caller.phone().isBlank())) {
            throw InvalidInputException.of("caller.phone", "consultation.phone-required");
        }
        Instant now = clock.instant();
        Consultation consultation = Consultation.open(body.channel(),
                new CallerDetails(caller.name().trim(), caller.role(), blankToNull(caller.organization()),
                        blankToNull(caller.phone()), blankToNull(caller.email())),
                body.topic(), body.question(), agent, now).writtenIn(caller.language());
        consultations.persist(consultation);
        outbox.add(new ConsultationOpened(consultation.id(), body.channel().name(), caller.role().name(),
                body.topic().name(), now), consultation.id());
        LOG.infof("Opened consultation %s (%s, %s)", consultation.id(), body.channel(), body.topic());
        return targets.timed(consultation, now);
    }

    @Transactional
    public TimedConsultation resolve(UUID id, ConsultationBodies.Resolution body, Staff agent) {
        Consultation consultation = load(id);
        Instant now = clock.instant();
        consultation.resolve(body.answer(), agent, now);
        outbox.add(new ConsultationResolved(id, agent.subject(), now), id);
        return targets.timed(consultation, now);
    }

    /** Escalates to LKPP and gives the agent a callback task due after the standard's {@code callbackMinutes}. */
    @Transactional
    public TimedConsultation escalate(UUID id, ConsultationBodies.Escalation body, Staff agent) {
        Consultation consultation = load(id);
        Instant now = clock.instant();
        Callback callback = Callback.create(id, agent, now.plusSeconds(60L * targets.callbackMinutes()), now);
        Escalation escalation = consultation.escalate(body.note(), agent, callback.id(), now);
        callbacks.persist(callback);
        outbox.add(new ConsultationEscalated(id, callback.id(), agent.subject(), escalation.number(), now,
                callback.dueAt()), id);
        mails.callbackScheduled(consultation, callback);
        LOG.infof("Escalated consultation %s to LKPP (#%d), callback %s due %s", id, escalation.number(),
                callback.id(), callback.dueAt());
        return targets.timed(consultation, now);
    }

    @Transactional
    public TimedConsultation recordLkppAnswer(UUID id, ConsultationBodies.LkppAnswer body, Staff agent) {
        Consultation consultation = load(id);
        Instant now = clock.instant();
        Escalation escalation = consultation.recordLkppAnswer(body.answer(), body.lkppReference(), agent, now);
        outbox.add(new LkppAnswerRecorded(id, body.lkppReference(), agent.subject(), escalation.escalatedAt(), now),
                id);
        return targets.timed(consultation, now);
    }

    /** LKPP's answer told to the caller: the pending callback is thereby done. */
    @Transactional
    public TimedConsultation relay(UUID id, ConsultationBodies.Relay body) {
        Consultation consultation = load(id);
        Instant now = clock.instant();
        consultation.relay(body.accepted(), now);
        callbacks.pendingOf(id).forEach(callback -> callback.complete(null, now));
        return targets.timed(consultation, now);
    }

    @Transactional
    public TimedConsultation close(UUID id, Staff agent) {
        Consultation consultation = load(id);
        Instant now = clock.instant();
        consultation.close(agent, targets.completionMinutes(), now);
        callbacks.pendingOf(id).forEach(callback -> callback.cancel(now));
        outbox.add(new ConsultationClosed(id, agent.subject(), consultation.openedAt(), now,
                consultation.escalationCount(), consultation.lkppWaitSeconds(), consultation.closing().withinTarget()),
                id);
        LOG.infof("Closed consultation %s, within target: %s", id, consultation.closing().withinTarget());
        return targets.timed(consultation, now);
    }

    /** Locks the row: two agents acting at once take turns, and the second sees the first's state (409, never 500). */
    private Consultation load(UUID id) {
        return consultations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RecordKind.CONSULTATION.notFound(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
