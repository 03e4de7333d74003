package id.go.madiunkota.helpdesk.repository;

import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.ComplaintKind;
import id.go.madiunkota.helpdesk.entity.ComplaintStatus;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Complaints, suggestions and input. */
@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Optional<Complaint> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    /** One page of complaints about {@code services}, oldest open first; null filters mean "any". */
    public PanacheQuery<Complaint> search(Set<ServiceConcerned> services, ComplaintStatus status, ComplaintKind kind,
            int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("services", services);
        where.add("service in :services");
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        return find(String.join(" and ", where), Sort.ascending("receivedAt").and("id"), params)
                .page(Page.of(page, size));
    }

    /** Complaints received in {@code [from, to)}. */
    public List<Complaint> receivedBetween(Instant from, Instant to) {
        return list("receivedAt >= ?1 and receivedAt < ?2", from, to);
    }
}
