package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.events.helpdesk.ComplaintAnswered;
import id.go.madiunkota.events.helpdesk.ComplaintReceived;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.helpdesk.api.SubmitComplaint;
import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.ComplaintChannel;
import id.go.madiunkota.helpdesk.entity.ComplaintKind;
import id.go.madiunkota.helpdesk.entity.ComplaintStatus;
import id.go.madiunkota.helpdesk.entity.RecordKind;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import id.go.madiunkota.helpdesk.repository.ComplaintRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Complaints, suggestions and input: received from the web form or recorded by staff, with a tracking code; listed
 * and answered by the staff whose {@link ComplaintScope} covers the service concerned (others see "not found").
 */
@ApplicationScoped
public class ComplaintService {

    private static final Logger LOG = Logger.getLogger(ComplaintService.class);

    private final ComplaintRepository complaints;
    private final TrackingCodes trackingCodes;
    private final Outbox outbox;
    private final HelpdeskMails mails;
    private final Clock clock;

    public ComplaintService(ComplaintRepository complaints, TrackingCodes trackingCodes, Outbox outbox,
            HelpdeskMails mails, Clock clock) {
        this.complaints = complaints;
        this.trackingCodes = trackingCodes;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Complaint submit(SubmitComplaint body, ComplaintScope scope) {
        return submit(body, scope, MailLanguage.INDONESIAN);
    }

    /** Receives the complaint; the complainant is written to in {@code language} ({@code id} or {@code en}). */
    @Transactional
    public Complaint submit(SubmitComplaint body, ComplaintScope scope, String language) {
        ComplaintChannel channel = body.channel() == null ? ComplaintChannel.ONLINE : body.channel();
        if (!scope.staff() && channel != ComplaintChannel.ONLINE) {
            throw InvalidInputException.of("channel", "complaint.staff-channel");
        }
        Instant now = clock.instant();
        SubmitComplaint.ComplainantInput who = body.complainant();
        Complaint complaint = Complaint.receive(trackingCodes.next(),
                body.kind() == null ? ComplaintKind.COMPLAINT : body.kind(), channel, body.service(),
                who.name().trim(), blankToNull(who.phone()), blankToNull(who.email()), body.content(),
                scope.staff() ? scope.member() : null, now).writtenIn(language);
        complaints.persist(complaint);
        outbox.add(new ComplaintReceived(complaint.id(), channel.name(), body.service().name(), now,
                complaint.kind().name()), complaint.id());
        mails.complaintReceived(complaint);
        LOG.infof("Received %s %s about %s (%s)", complaint.kind(), complaint.id(), body.service(), channel);
        return complaint;
    }

    @Transactional
    public PageView<Complaint> list(ComplaintScope scope, ServiceConcerned service, ComplaintStatus status,
            ComplaintKind kind, PageParams paging) {
        Set<ServiceConcerned> services = EnumSet.noneOf(ServiceConcerned.class);
        services.addAll(scope.services());
        if (service != null) {
            services.retainAll(Set.of(service));
        }
        if (services.isEmpty()) {
            return new PageView<>(List.of(), paging.page(), paging.size(), 0);
        }
        PanacheQuery<Complaint> query = complaints.search(services, status, kind, paging.page(), paging.size());
        return new PageView<>(query.list(), paging.page(), paging.size(), query.count());
    }

    @Transactional
    public Complaint get(UUID id, ComplaintScope scope) {
        return load(id, scope);
    }

    @Transactional
    public Complaint respond(UUID id, String answer, ComplaintScope scope) {
        Complaint complaint = complaints.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) // one answer, in turn
                .filter(c -> scope.covers(c.service()))
                .orElseThrow(() -> RecordKind.COMPLAINT.notFound(id));
        Instant now = clock.instant();
        complaint.answer(answer, scope.member(), now);
        outbox.add(new ComplaintAnswered(id, complaint.service().name(), scope.member().subject(),
                complaint.receivedAt(), now),
                id);
        mails.complaintAnswered(complaint);
        LOG.infof("Answered complaint %s", id);
        return complaint;
    }

    @Transactional
    public Complaint track(String trackingCode) {
        return complaints.findByTrackingCode(TrackingCodes.wellFormed(trackingCode) ? trackingCode : "")
                .orElseThrow(() -> RecordKind.TRACKING_CODE.notFound(trackingCode));
    }

    private Complaint load(UUID id, ComplaintScope scope) {
        return complaints.findByIdOptional(id).filter(c -> scope.covers(c.service()))
                .orElseThrow(() -> RecordKind.COMPLAINT.notFound(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
