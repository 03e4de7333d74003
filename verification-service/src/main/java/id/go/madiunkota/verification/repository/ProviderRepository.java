package id.go.madiunkota.verification.repository;

import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.ProviderStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Providers. The NPWP is found by its keyed hash, never by decrypting. */
@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    public boolean existsByNpwpHash(String npwpHash) {
        return count("npwpHash", npwpHash) > 0;
    }

    /** The provider with this public registration reference. */
    public Optional<Provider> findByReference(String reference) {
        return find("registrationReference", reference).firstResultOptional();
    }

    /** The provider, its row locked until the transaction ends (starting a verification, deciding). */
    public Optional<Provider> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Providers registered in {@code [from, to)}, for the reports. */
    public long registeredBetween(Instant from, Instant to) {
        return count("registeredAt >= ?1 and registeredAt < ?2", from, to);
    }

    /** Providers activated in {@code [from, to)}, for the reports. */
    public long activatedBetween(Instant from, Instant to) {
        return count("activatedAt >= ?1 and activatedAt < ?2", from, to);
    }

    /** One page of providers, newest registration first; null filters mean "any". */
    public PanacheQuery<Provider> search(String npwpHash, ProviderStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (npwpHash != null) {
            where.add("npwpHash = :npwpHash");
            params.and("npwpHash", npwpHash);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        return find(String.join(" and ", where), Sort.descending("registeredAt").and("id"), params)
                .page(Page.of(page, size));
    }
}
