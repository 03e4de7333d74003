package id.go.madiunkota.ppid.repository;

import static java.util.stream.Collectors.joining;

import id.go.madiunkota.ppid.entity.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the deadline watch reads and remembers: the open deadlines of each kind (one query per kind) and, in
 * {@code deadline_notice}, the notices already emitted, so that each is emitted once per item and due date.
 */
@ApplicationScoped
public class DeadlineNoticeRepository {

    /** Before every id in the order PostgreSQL sorts uuids: where a scan starts. */
    public static final UUID FIRST = new UUID(0, 0);

    /** A deadline that still runs: a request (kind REQUEST) or an objection awaiting the superior (OBJECTION). */
    public record WatchedDeadline(UUID id, String kind, String registrationNumber, LocalDate dueDate) {
    }

    /** The two notices; BREACHED from the calendar day after the due date on. */
    public enum Notice {
        APPROACHING, BREACHED
    }

    private static final String OPEN_REQUEST = RequestStatus.AWAITING_DECISION.stream()
            .map(status -> "'" + status.name() + "'").collect(joining(", "));

    // Per kind: open items due on or before :until, after :after in id order, lacking the notice due on :today.
    private static final Map<String, String> OPEN_DEADLINES = Map.of("REQUEST", """
            select r.id, r.registration_number, r.due_date from information_request r
            where r.status in (%s) and r.due_date <= :until and r.id > :after
              and not exists (select 1 from deadline_notice n where n.aggregate_id = r.id and n.due_date = r.due_date
                  and n.kind = case when r.due_date < :today then 'BREACHED' else 'APPROACHING' end)
            order by r.id limit :limit""".formatted(OPEN_REQUEST), "OBJECTION", """
            select o.id, o.registration_number, o.due_date from objection o
            where o.status = 'FILED' and o.due_date <= :until and o.id > :after
              and not exists (select 1 from deadline_notice n where n.aggregate_id = o.id and n.due_date = o.due_date
                  and n.kind = case when o.due_date < :today then 'BREACHED' else 'APPROACHING' end)
            order by o.id limit :limit""");

    private final EntityManager entityManager;

    public DeadlineNoticeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The kinds of deadline watched. */
    public Set<String> kinds() {
        return OPEN_DEADLINES.keySet();
    }

    /** Up to {@code limit} open deadlines of {@code kind} due on or before {@code until}, after {@code after}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<WatchedDeadline> open(String kind, LocalDate today, LocalDate until, UUID after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(OPEN_DEADLINES.get(kind))
                .setParameter("until", until)
                .setParameter("after", after)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new WatchedDeadline((UUID) row[0], kind, (String) row[1], date(row[2])))
                .toList();
    }

    /**
     * Records that {@code notice} was emitted for {@code deadline}; false when it already was. Two instances racing
     * here are serialised by the primary key: the second waits for the first to commit, then inserts nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordOnce(WatchedDeadline deadline, Notice notice, Instant now) {
        return entityManager.createNativeQuery("insert into deadline_notice (aggregate_id, kind, due_date, emitted_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (aggregate_id, kind, due_date) do nothing")
                .setParameter(1, deadline.id())
                .setParameter(2, notice.name())
                .setParameter(3, deadline.dueDate())
                .setParameter(4, now)
                .executeUpdate() == 1;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
