package id.go.madiunkota.verification.repository;

import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.entity.VerificationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Verifications of providers. */
@ApplicationScoped
public class VerificationRepository implements PanacheRepositoryBase<Verification, UUID> {

    public boolean inProgressFor(UUID providerId) {
        return count("providerId = ?1 and status = ?2", providerId, VerificationStatus.IN_PROGRESS) > 0;
    }

    /** The provider's latest verification (the highest attempt), if any. */
    public Optional<Verification> latestOf(UUID providerId) {
        return find("providerId", Sort.descending("attempt"), providerId).firstResultOptional();
    }

    /** How many verifications the provider has had. */
    public int attemptsOf(UUID providerId) {
        return (int) count("providerId", providerId);
    }

    /** One page of verifications, newest first; null filters mean "any". */
    public PanacheQuery<Verification> search(UUID providerId, VerificationStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (providerId != null) {
            where.add("providerId = :providerId");
            params.and("providerId", providerId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        return find(String.join(" and ", where), Sort.descending("startedAt").and("id"), params)
                .page(Page.of(page, size));
    }

    /** Verifications started in {@code [from, to)}, for the reports. */
    public List<Verification> startedBetween(Instant from, Instant to) {
        return list("startedAt >= ?1 and startedAt < ?2", Sort.ascending("startedAt"), from, to);
    }
}
