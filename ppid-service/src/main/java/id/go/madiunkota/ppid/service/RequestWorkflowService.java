package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.InformationDelivered;
import id.go.madiunkota.events.ppid.RequestDecided;
import id.go.madiunkota.events.ppid.RequestExtended;
import id.go.madiunkota.events.ppid.RequestWithdrawn;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.entity.Deadline;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.repository.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What the PPID does with a registered request: take it on, extend it once, decide, record the delivery, close; and
 * the side exits withdrawal and invalid. Each action is one transaction with its event in the outbox.
 */
@ApplicationScoped
public class RequestWorkflowService {

    private static final Logger LOG = Logger.getLogger(RequestWorkflowService.class);

    private final RequestRepository requests;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final PpidMails mails;
    private final Clock clock;

    public RequestWorkflowService(RequestRepository requests, DeadlinePolicy deadlines, Outbox outbox,
            PpidMails mails, Clock clock) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public InformationRequest startProcessing(UUID id) {
        InformationRequest request = load(id);
        request.startProcessing(clock.instant());
        return request;
    }

    @Transactional
    public InformationRequest extend(UUID id, RequestBodies.Extension body, Caller by) {
        InformationRequest request = load(id);
        LocalDate today = LocalDate.now(clock);
        Deadline before = request.deadline();
        LocalDate newDue = deadlines.extendedDueDate(before, today);
        request.extend(body.reason(), today, newDue, deadlines.calendarVersion(), Access.actor(by), clock.instant());
        outbox.add(new RequestExtended(request.id(), request.registrationNumber(), today, before.dueDate(), newDue,
                request.deadline().calendarVersion()), request.id());
        mails.extended(request);
        LOG.infof("Extended request %s to %s", request.registrationNumber(), newDue);
        return request;
    }

    @Transactional
    public InformationRequest decide(UUID id, RequestBodies.Decision body, Caller by) {
        InformationRequest request = load(id);
        LocalDate today = LocalDate.now(clock);
        Set<ExemptionGround> grounds = body.exemptionGrounds() == null || body.exemptionGrounds().isEmpty()
                ? EnumSet.noneOf(ExemptionGround.class) : EnumSet.copyOf(body.exemptionGrounds());
        request.decide(body.outcome(), grounds, body.consequenceTest(), body.withheldParts(), body.heldBy(),
                Boolean.TRUE.equals(body.holderUnknown()), body.copyFormat(), body.note(), today, Access.actor(by),
                clock.instant());
        outbox.add(new RequestDecided(request.id(), request.registrationNumber(), body.outcome().name(),
                grounds.stream().sorted().map(Enum::name).toList(), today,
                !today.isAfter(request.deadline().dueDate())), request.id());
        mails.decided(request, deadlines.plusTarget(today, DeadlinePolicy.OBJECTION_FILING_DAYS));
        LOG.infof("Decided request %s: %s", request.registrationNumber(), body.outcome());
        return request;
    }

    @Transactional
    public InformationRequest deliver(UUID id, RequestBodies.Delivery body) {
        InformationRequest request = load(id);
        Instant deliveredAt = body.deliveredAt().toInstant();
        request.deliver(deliveredAt, body.method(), clock.instant());
        outbox.add(new InformationDelivered(request.id(), request.registrationNumber(), body.method().name(),
                deliveredAt), request.id());
        mails.delivered(request);
        return request;
    }

    @Transactional
    public InformationRequest close(UUID id) {
        InformationRequest request = load(id);
        request.close(clock.instant());
        return request;
    }

    /** The applicant (or an officer for them) withdraws; {@code mayAct} says whether the caller may. */
    @Transactional
    public InformationRequest withdraw(UUID id, String reason, Caller caller) {
        InformationRequest request = load(id);
        if (!Access.officer(caller) && !Access.owns(caller, request.ownerSubject())) {
            throw Missing.REQUEST.notFound(id); // another's request does not exist for this caller
        }
        String previous = request.status().name();
        Instant now = clock.instant();
        request.withdraw(reason, now);
        outbox.add(new RequestWithdrawn(request.id(), request.registrationNumber(), previous, now), request.id());
        return request;
    }

    @Transactional
    public InformationRequest invalidate(UUID id, String reason) {
        InformationRequest request = load(id);
        request.invalidate(reason, clock.instant());
        return request;
    }

    private InformationRequest load(UUID id) {
        return requests.findByIdOptional(id).orElseThrow(() -> Missing.REQUEST.notFound(id));
    }
}
