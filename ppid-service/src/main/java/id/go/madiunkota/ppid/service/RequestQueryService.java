package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reading requests: staff see all, a citizen only their own (another's is "not found", so its existence does not
 * leak), anyone with a tracking code its status without personal data.
 */
@ApplicationScoped
public class RequestQueryService {

    private final RequestRepository requests;
    private final ObjectionRepository objections;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public RequestQueryService(RequestRepository requests, ObjectionRepository objections, DeadlinePolicy deadlines,
            Clock clock) {
        this.requests = requests;
        this.objections = objections;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public PageView<RequestReading> list(RequestStatus status, Boolean overdue, LocalDate dueBefore, String text,
            int page, int size) {
        return page(requests.search(new RequestRepository.Filter(status, overdue, dueBefore, text, null,
                LocalDate.now(clock)), page, size), page, size);
    }

    @Transactional
    public PageView<RequestReading> mine(Caller caller, int page, int size) {
        return page(requests.search(new RequestRepository.Filter(null, null, null, null, caller.subject(),
                LocalDate.now(clock)), page, size), page, size);
    }

    @Transactional
    public RequestReading get(UUID id, Caller caller) {
        InformationRequest request = requests.findByIdOptional(id)
                .filter(r -> Access.staff(caller) || Access.owns(caller, r.ownerSubject()))
                .orElseThrow(() -> Missing.REQUEST.notFound(id));
        return reading(request);
    }

    @Transactional
    public RequestTracking track(String trackingCode) {
        return requests.findByTrackingCode(TrackingCodes.wellFormed(trackingCode) ? trackingCode : "")
                .map(r -> new RequestTracking(reading(r), objections.latestFor(r.id()).orElse(null),
                        objectionDueDate(r)))
                .orElseThrow(() -> Missing.TRACKING_CODE.notFound(trackingCode));
    }

    private LocalDate objectionDueDate(InformationRequest request) {
        LocalDate arose = ObjectionGrounds.arose(request, LocalDate.now(clock));
        return arose == null ? null : deadlines.plusTarget(arose, DeadlinePolicy.OBJECTION_FILING_DAYS);
    }

    /** {@code request} as read today: its deadline measured on the calendar in force. */
    @Transactional
    public RequestReading reading(InformationRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = request.deadline().dueDate();
        return new RequestReading(request, today, deadlines.workingDaysLeft(due, today),
                deadlines.provisional(request.deadline().receivedOn(), due), clock.getZone());
    }

    private PageView<RequestReading> page(PanacheQuery<InformationRequest> query, int page, int size) {
        return new PageView<>(query.list().stream().map(this::reading).toList(), page, size, query.count());
    }
}
