package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.ObjectionDecided;
import id.go.madiunkota.events.ppid.ObjectionFiled;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import id.go.madiunkota.ppid.entity.ObjectionStatus;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.repository.RegistrationNumberRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Objections (UU 14/2008 Pasal 35–36) and disputes (Pasal 37): filed within 30 working days of the ground arising
 * (the decision, or the missed deadline that opens "not answered" by itself), decided by the atasan PPID within 30
 * working days; disputes: {@link DisputeService}. The day counts come from the service standard.
 */
@ApplicationScoped
public class ObjectionService {

    private final ObjectionRepository objections;
    private final RequestRepository requests;
    private final RegistrationNumberRepository numbers;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final PpidMails mails;
    private final Clock clock;

    public ObjectionService(ObjectionRepository objections, RequestRepository requests,
            RegistrationNumberRepository numbers, DeadlinePolicy deadlines, Outbox outbox, PpidMails mails,
            Clock clock) {
        this.objections = objections;
        this.requests = requests;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Objection file(UUID requestId, ObjectionBodies.File body, Caller caller, String trackingCode) {
        return file(requestId, body, caller, trackingCode, MailLanguage.INDONESIAN);
    }

    /** Files the objection; the applicant is written to about it in {@code language} ({@code id} or {@code en}). */
    @Transactional
    public Objection file(UUID requestId, ObjectionBodies.File body, Caller caller, String trackingCode,
            String language) {
        InformationRequest request = requests.findByIdOptional(requestId)
                .orElseThrow(() -> Missing.REQUEST.notFound(requestId));
        Objection.FiledVia via = filedVia(request, caller, trackingCode);
        LocalDate today = LocalDate.now(clock);
        LocalDate groundArose = groundArose(request, today);
        if (today.isAfter(deadlines.plusTarget(groundArose, DeadlinePolicy.OBJECTION_FILING_DAYS))) {
            throw DomainException.unprocessable("objection.too-late", groundArose);
        }
        ObjectionGrounds.check(request, body.grounds(), today);
        if (objections.openFor(requestId)) {
            throw DomainException.conflict("objection.already-open", request.registrationNumber());
        }
        // Once the superior has answered a ground, the law's next step on it is a dispute at the Komisi Informasi,
        // not a new objection that would start the superior's 30 working days again. A ground that arose later
        // (a late decision after an objection over silence, say) may still be objected to.
        Set<ObjectionGround> answered = objections.groundsAnsweredFor(requestId);
        answered.retainAll(body.grounds());
        if (!answered.isEmpty()) {
            throw DomainException.conflict("objection.ground-already-answered", request.registrationNumber(),
                    answered.iterator().next());
        }
        LocalDate due = deadlines.plusTarget(today, DeadlinePolicy.OBJECTION_DECISION_DAYS);
        LocalDate silenceDisputeDue = deadlines.silenceDisputeDueDate(due);
        Objection objection = Objection.file(numbers.next("KEBERATAN", today.getYear()), requestId, body.grounds(),
                body.reason(), today, Access.actor(caller), via, due, silenceDisputeDue, deadlines.calendarVersion(),
                clock.instant()).writtenIn(language);
        objections.persist(objection);
        outbox.add(new ObjectionFiled(objection.id(), requestId, objection.registrationNumber(),
                request.registrationNumber(), objection.grounds().stream().map(Enum::name).toList(), today, due,
                objection.calendarVersion()), objection.id());
        mails.objectionReceived(request, objection);
        return objection;
    }

    @Transactional
    public Objection decide(UUID id, ObjectionBodies.Decision body, Caller decidedBy) {
        Objection objection = load(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate disputeDue = deadlines.plusTarget(today, DeadlinePolicy.DISPUTE_FILING_DAYS);
        objection.decide(body.outcome(), body.reason(), today, Access.actor(decidedBy), disputeDue,
                clock.instant());
        outbox.add(new ObjectionDecided(objection.id(), objection.requestId(), objection.registrationNumber(),
                body.outcome().name(), today, !today.isAfter(objection.dueDate()), disputeDue,
                deadlines.calendarVersion()), objection.id());
        requests.findByIdOptional(objection.requestId()).ifPresent(r -> mails.objectionDecided(r, objection));
        return objection;
    }

    @Transactional
    public Objection accept(UUID id, Caller caller) {
        Objection objection = loadFor(id, caller);
        objection.accept(clock.instant());
        return objection;
    }

    /** Objections, newest first: staff see every one, a citizen those about their own requests. */
    @Transactional
    public PageView<Objection> list(ObjectionStatus status, Caller caller, int page, int size) {
        PanacheQuery<Objection> query = Access.staff(caller) ? objections.page(status, page, size)
                : objections.pageOwnedBy(caller.subject(), status, page, size);
        return new PageView<>(query.list(), page, size, query.count());
    }

    /** An objection the caller may see: staff any, a citizen those about their own requests. */
    @Transactional
    public Objection loadFor(UUID id, Caller caller) {
        Objection objection = load(id);
        if (!Access.staff(caller) && !ownsRequest(objection.requestId(), caller)) {
            throw Missing.OBJECTION.notFound(id);
        }
        return objection;
    }

    Objection load(UUID id) {
        return objections.findByIdOptional(id).orElseThrow(() -> Missing.OBJECTION.notFound(id));
    }

    private boolean ownsRequest(UUID requestId, Caller caller) {
        return caller.subject() != null && requests.findByIdOptional(requestId)
                .map(r -> Access.owns(caller, r.ownerSubject())).orElse(false);
    }

    private static Objection.FiledVia filedVia(InformationRequest request, Caller caller, String trackingCode) {
        if (Access.officer(caller)) {
            return Objection.FiledVia.OFFICER;
        }
        if (Access.owns(caller, request.ownerSubject())) {
            return Objection.FiledVia.OWNER;
        }
        if (trackingCode != null && trackingCode.equals(request.trackingCode())) {
            return Objection.FiledVia.TRACKING_CODE;
        }
        throw Missing.REQUEST.notFound(request.id()); // its existence does not leak to others
    }

    /** The day the objection's ground arose: the decision, or the missed deadline ("not answered"). */
    private static LocalDate groundArose(InformationRequest request, LocalDate today) {
        LocalDate arose = ObjectionGrounds.arose(request, today);
        if (arose != null) {
            return arose;
        }
        if (request.status() == RequestStatus.WITHDRAWN || request.status() == RequestStatus.INVALID) {
            throw DomainException.unprocessable("objection.request-ended", request.status());
        }
        throw DomainException.unprocessable("objection.no-ground-yet", request.deadline().dueDate());
    }
}
