package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.RecordKind;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.helpdesk.repository.ConsultationRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Reading consultations. */
@ApplicationScoped
public class ConsultationQueryService {

    private final ConsultationRepository consultations;
    private final ServiceTargets targets;
    private final Clock clock;

    public ConsultationQueryService(ConsultationRepository consultations, ServiceTargets targets, Clock clock) {
        this.consultations = consultations;
        this.targets = targets;
        this.clock = clock;
    }

    @Transactional
    public PageView<TimedConsultation> list(ConsultationStatus status, Topic topic, String agent, PageParams paging) {
        PanacheQuery<Consultation> query = consultations.search(status, topic, agent, paging.page(), paging.size());
        Instant now = clock.instant();
        return new PageView<>(query.list().stream().map(c -> targets.timed(c, now)).toList(), paging.page(),
                paging.size(), query.count());
    }

    @Transactional
    public TimedConsultation get(UUID id) {
        return consultations.findByIdOptional(id).map(c -> targets.timed(c, clock.instant()))
                .orElseThrow(() -> RecordKind.CONSULTATION.notFound(id));
    }
}
