package id.go.madiunkota.helpdesk.repository;

import id.go.madiunkota.helpdesk.entity.Consultation;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.Escalation;
import id.go.madiunkota.helpdesk.entity.Topic;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Consultations and their escalations. */
@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<Consultation, UUID> {

    /** One page of consultations, newest first; a null filter means "any"; the agent by subject or display name. */
    public PanacheQuery<Consultation> search(ConsultationStatus status, Topic topic, String agent, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (topic != null) {
            where.add("topic = :topic");
            params.and("topic", topic);
        }
        if (agent != null && !agent.isBlank()) {
            where.add("(agent.subject = :agent or agent.name = :agent)");
            params.and("agent", agent);
        }
        return find(String.join(" and ", where), Sort.descending("openedAt").and("id"), params)
                .page(Page.of(page, size));
    }

    /** Consultations opened in {@code [from, to)}. */
    public List<Consultation> openedBetween(Instant from, Instant to) {
        return list("openedAt >= ?1 and openedAt < ?2", from, to);
    }

    /** Escalations answered by LKPP, of consultations opened in {@code [from, to)}. */
    public List<Escalation> answeredEscalationsOpenedBetween(Instant from, Instant to) {
        return getEntityManager().createQuery("select e from Escalation e join e.consultation c "
                        + "where c.openedAt >= :from and c.openedAt < :to and e.answeredAt is not null",
                        Escalation.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
