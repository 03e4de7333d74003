package id.go.madiunkota.verification.repository;

import id.go.madiunkota.verification.entity.ChecklistVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Checklist versions. */
@ApplicationScoped
public class ChecklistRepository implements PanacheRepositoryBase<ChecklistVersion, String> {

    /** Every version, the newest effective date first. */
    public List<ChecklistVersion> allNewestFirst() {
        return listAll(Sort.descending("effectiveFrom").and("version"));
    }
}
