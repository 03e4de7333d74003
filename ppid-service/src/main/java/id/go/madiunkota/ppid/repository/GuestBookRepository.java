package id.go.madiunkota.ppid.repository;

import id.go.madiunkota.ppid.entity.GuestBookEntry;
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

/** Guest book entries. */
@ApplicationScoped
public class GuestBookRepository implements PanacheRepositoryBase<GuestBookEntry, UUID> {

    /** One page of entries visited in [{@code from}, {@code until}) (null: open), newest first, and the total. */
    public PanacheQuery<GuestBookEntry> search(Instant from, Instant until, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (from != null) {
            where.add("visitedAt >= :from");
            params.and("from", from);
        }
        if (until != null) {
            where.add("visitedAt < :until");
            params.and("until", until);
        }
        return find(String.join(" and ", where), Sort.descending("visitedAt").and("id", Sort.Direction.Descending),
                params).page(Page.of(page, size));
    }
}
