package id.go.madiunkota.ppid.repository;

import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.RequestStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Information requests. */
@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<InformationRequest, UUID> {

    /** Filters of the staff list; null means "any". */
    public record Filter(RequestStatus status, Boolean overdue, LocalDate dueBefore, String text, String ownerSubject,
            LocalDate today) {
    }

    public Optional<InformationRequest> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    /** One page of requests matching {@code filter}, newest first, and the total count. */
    public PanacheQuery<InformationRequest> search(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.ownerSubject() != null) {
            where.add("ownerSubject = :owner");
            params.and("owner", filter.ownerSubject());
        }
        if (filter.dueBefore() != null) {
            where.add("deadline.dueDate < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (filter.overdue() != null) {
            where.add((filter.overdue() ? "" : "not ")
                    + "(status in :awaiting and deadline.dueDate < :today)");
            params.and("awaiting", RequestStatus.AWAITING_DECISION).and("today", filter.today());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(registrationNumber) like :text or lower(applicant.name) like :text)");
            params.and("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT).trim() + "%");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.descending("deadline.receivedAt").and("registrationNumber", Sort.Direction.Descending),
                params).page(Page.of(page, size));
    }

    /** Requests whose deadline still runs, for recomputation after a calendar change. */
    public List<InformationRequest> awaitingDecisionDueOnOrAfter(LocalDate day) {
        return list("status in ?1 and deadline.dueDate >= ?2", RequestStatus.AWAITING_DECISION, day);
    }
}
