package id.go.madiunkota.common.standard;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Versions of the service standard. */
@ApplicationScoped
public class StandardRepository implements PanacheRepositoryBase<ServiceStandard, Integer> {

    /** The version in force on {@code day}: the newest effective on or before it. */
    public Optional<ServiceStandard> inForceOn(LocalDate day) {
        return find("effectiveDate <= ?1 order by effectiveDate desc, version desc", day).firstResultOptional();
    }

    public List<ServiceStandard> allNewestFirst() {
        return list("order by version desc");
    }

    /**
     * Locks the table against other publications until the transaction ends (readers are not held up), so that two
     * publications at the same moment take their version numbers one after the other.
     */
    public void lockForPublication() {
        getEntityManager().createNativeQuery("LOCK TABLE service_standard IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }

    public int latestVersion() {
        Integer max = getEntityManager().createQuery("select max(s.version) from ServiceStandard s", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
