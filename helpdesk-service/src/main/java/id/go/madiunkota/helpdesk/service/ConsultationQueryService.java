package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.helpdesk.mapping.ConsultationMapper;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import id.go.madiunkota.helpdesk.rest.ConsultationView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reading consultations. */
@ApplicationScoped
public class ConsultationQueryService {

    private final ConsultationRepository consultations;
    private final ConsultationMapper mapper;

    public ConsultationQueryService(ConsultationRepository consultations, ConsultationMapper mapper) {
        this.consultations = consultations;
        this.mapper = mapper;
    }

    @Transactional
    public PageView<ConsultationView> list(ConsultationStatus status, Topic topic, String agent, int page, int size) {
        PanacheQuery<Consultation> query = consultations.search(status, topic, agent, page, size);
        return new PageView<>(query.list().stream().map(mapper::toView).toList(), page, size, query.count());
    }

    @Transactional
    public ConsultationView get(UUID id) {
        return consultations.findByIdOptional(id).map(mapper::toView)
                .orElseThrow(() -> DomainException.notFound("Consultation", id));
    }

}
