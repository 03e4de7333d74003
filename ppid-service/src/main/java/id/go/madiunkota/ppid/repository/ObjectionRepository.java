package id.go.madiunkota.ppid.repository;

import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Objections. */
@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<Objection, UUID> {

    public boolean openFor(UUID requestId) {
        return count("requestId = ?1 and status = ?2", requestId, ObjectionStatus.FILED) > 0;
    }

    /** The grounds of the objections about a request that the PPID's superior has already answered (or let pass). */
    public Set<ObjectionGround> groundsAnsweredFor(UUID requestId) {
        Set<ObjectionGround> grounds = EnumSet.noneOf(ObjectionGround.class);
        list("requestId = ?1 and status <> ?2", requestId, ObjectionStatus.FILED)
                .forEach(objection -> grounds.addAll(objection.grounds()));
        return grounds;
    }

    /** The newest objection about a request, if any. */
    public Optional<Objection> latestFor(UUID requestId) {
        return find("requestId", Sort.descending("filedOn", "registrationNumber"), requestId).firstResultOptional();
    }

    /** Objections about the requests owned by the citizen with token subject {@code owner}, newest first. */
    public PanacheQuery<Objection> pageOwnedBy(String owner, ObjectionStatus status, int page, int size) {
        Sort newest = Sort.descending("filedOn", "registrationNumber");
        String owned = "requestId in (select r.id from InformationRequest r where r.ownerSubject = :owner)";
        PanacheQuery<Objection> query = status == null
                ? find(owned, newest, Parameters.with("owner", owner))
                : find(owned + " and status = :status", newest,
                        Parameters.with("owner", owner).and("status", status));
        return query.page(Page.of(page, size));
    }

    /** Objections waiting for the superior's decision, due on or after {@code day}. */
    public List<Objection> awaitingDecisionDueOnOrAfter(LocalDate day) {
        return list("status = ?1 and dueDate >= ?2", ObjectionStatus.FILED, day);
    }

    /** Objections still waiting for the superior whose window after a silence ends on {@code day} or later. */
    public List<Objection> silenceWindowOpenOnOrAfter(LocalDate day) {
        return list("status = ?1 and silenceDisputeDueDate >= ?2", ObjectionStatus.FILED, day);
    }

    /** Decided objections whose dispute window is still open on {@code day} or later. */
    public List<Objection> disputeWindowOpenOnOrAfter(LocalDate day) {
        return list("status = ?1 and disputeDueDate >= ?2", ObjectionStatus.DECIDED, day);
    }

    public PanacheQuery<Objection> page(ObjectionStatus status, int page, int size) {
        Sort newest = Sort.descending("filedOn", "registrationNumber");
        PanacheQuery<Objection> query = status == null ? findAll(newest) : find("status", newest, status);
        return query.page(Page.of(page, size));
    }
}
