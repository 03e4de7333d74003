package id.go.madiunkota.training.repository;

import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.SessionStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Training sessions. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    /** The session with its row locked (SELECT ... FOR UPDATE): registrations of one session run one at a time. */
    public Optional<TrainingSession> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The schedule between two days (inclusive), optionally of one audience, earliest first. */
    public PanacheQuery<TrainingSession> schedule(LocalDate from, LocalDate to, Audience audience, int page, int size) {
        StringBuilder query = new StringBuilder("date >= :from and date <= :to");
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (audience != null) {
            query.append(" and audience = :audience");
            parameters.and("audience", audience);
        }
        return find(query.toString(), Sort.ascending("startsAt", "id"), parameters).page(Page.of(page, size));
    }

    /** The next scheduled session of {@code audience} starting after {@code after}, other than {@code except}. */
    public Optional<TrainingSession> next(Audience audience, Instant after, UUID except) {
        return find("audience = ?1 and status = ?2 and startsAt > ?3 and id <> ?4",
                Sort.ascending("startsAt", "id"), audience, SessionStatus.SCHEDULED, after,
                except == null ? new UUID(0, 0) : except).firstResultOptional();
    }

    /** The scheduled sessions on {@code day} that start after {@code after}. */
    public List<TrainingSession> scheduledOn(LocalDate day, Instant after) {
        return list("date = ?1 and status = ?2 and startsAt > ?3", day, SessionStatus.SCHEDULED, after);
    }

    /** Sessions that took place (or were to) between two days. */
    public List<TrainingSession> between(LocalDate from, LocalDate to) {
        return list("date >= ?1 and date <= ?2", from, to);
    }
}
