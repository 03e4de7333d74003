package id.go.madiunkota.verification.repository;

import id.go.madiunkota.verification.entity.ChecklistVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Checklist versions. */
@ApplicationScoped
public class ChecklistRepository implements PanacheRepositoryBase<ChecklistVersion, String> {

    /**
     * Locks the table against other publications until the transaction ends (readers are not held up), so that of
     * two publications of one version at the same moment the second sees the first.
     */
    public void lockForPublication() {
        getEntityManager().createNativeQuery("LOCK TABLE checklist_version IN SHARE ROW EXCLUSIVE MODE")
                .executeUpdate();
    }

    /** Every version, the newest effective date first. */
    public List<ChecklistVersion> allNewestFirst() {
        return listAll(Sort.descending("effectiveFrom").and("version"));
    }
}
