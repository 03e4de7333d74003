package id.go.madiunkota.ppid.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Registration numbers (nomor pendaftaran) such as {@code PPID/2026/000123}: gap-free per kind and year. The counter
 * row stays locked until the registering transaction ends, so a rolled-back registration gives its number back and no
 * two registrations get the same one.
 */
@ApplicationScoped
public class RegistrationNumberRepository {

    private final EntityManager entityManager;

    public RegistrationNumberRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The next number of {@code kind} (such as {@code PPID}) in {@code year}, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String kind, int year) {
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO registration_counter (kind, year, last_value) VALUES (?1, ?2, 1)
                ON CONFLICT (kind, year) DO UPDATE SET last_value = registration_counter.last_value + 1
                RETURNING last_value""")
                .setParameter(1, kind)
                .setParameter(2, year)
                .getSingleResult();
        return "%s/%d/%06d".formatted(kind, year, value.intValue());
    }
}
