package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.mapping.ObjectionMapper;
import id.go.madiunkota.ppid.mapping.RequestMapper;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import id.go.madiunkota.ppid.rest.RequestView;
import id.go.madiunkota.ppid.rest.TrackingView;
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
    private final RequestMapper mapper;
    private final Clock clock;

    public RequestQueryService(RequestRepository requests, ObjectionRepository objections, RequestMapper mapper,
            Clock clock) {
        this.requests = requests;
        this.objections = objections;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public PageView<RequestView> list(RequestStatus status, Boolean overdue, LocalDate dueBefore, String text,
            int page, int size) {
        return page(requests.search(new RequestRepository.Filter(status, overdue, dueBefore, text, null,
                LocalDate.now(clock)), page, size), page, size);
    }

    @Transactional
    public PageView<RequestView> mine(Caller caller, int page, int size) {
        return page(requests.search(new RequestRepository.Filter(null, null, null, null, caller.subject(),
                LocalDate.now(clock)), page, size), page, size);
    }

    @Transactional
    public RequestView get(UUID id, Caller caller) {
        InformationRequest request = requests.findByIdOptional(id)
                .filter(r -> caller.staff() || (caller.subject() != null && caller.subject().equals(r.ownerSubject())))
                .orElseThrow(() -> DomainException.notFound("Request", id));
        return mapper.toView(request);
    }

    @Transactional
    public TrackingView track(String trackingCode) {
        return requests.findByTrackingCode(TrackingCodes.wellFormed(trackingCode) ? trackingCode : "")
                .map(r -> mapper.toTracking(r, objections.latestFor(r.id()).map(ObjectionMapper::toTracking).orElse(null)))
                .orElseThrow(() -> DomainException.notFound("Tracking code", trackingCode));
    }

    private PageView<RequestView> page(PanacheQuery<InformationRequest> query, int page, int size) {
        return new PageView<>(query.list().stream().map(mapper::toView).toList(), page, size, query.count());
    }
}
