package id.go.madiunkota.ppid.calendar.repository;

import id.go.madiunkota.ppid.calendar.entity.DayKind;
import id.go.madiunkota.ppid.calendar.entity.NonWorkingDay;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The non-working days of the calendar. */
@ApplicationScoped
public class NonWorkingDayRepository implements PanacheRepositoryBase<NonWorkingDay, LocalDate> {

    /**
     * Every non-working day of the calendar at one version, read in one statement so days and version agree, and the
     * years whose decree is entered.
     */
    public record Snapshot(int version, UUID revision, List<Day> days, List<Integer> decreedYears) {
    }

    /** A day of a {@link Snapshot}. */
    public record Day(LocalDate date, DayKind kind) {
    }

    /** The days of {@code year}, in date order. */
    public PanacheQuery<NonWorkingDay> inYear(int year) {
        return find("date >= ?1 and date < ?2", Sort.by("date"), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    /** How many days {@code year} has. */
    public long countInYear(int year) {
        return count("date >= ?1 and date < ?2", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * The whole calendar with the version it is at. One statement sees one database snapshot, so the days are exactly
     * those of the version returned (a few dozen rows a year: small enough to hold in memory).
     */
    @SuppressWarnings("unchecked")
    public Snapshot snapshot() {
        List<Object[]> rows = getEntityManager().unwrap(Session.class).createNativeQuery(
                        "select v.version, v.revision, d.date, d.kind from calendar_version v"
                                + " left join non_working_day d on true where v.id = 1 order by d.date", Object[].class)
                .addScalar("version", Integer.class)
                .addScalar("revision", UUID.class)
                .addScalar("date", LocalDate.class)
                .addScalar("kind", String.class)
                .list();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The calendar_version row is missing; the calendar migration did not run");
        }
        List<Day> days = rows.stream().filter(row -> row[2] != null)
                .map(row -> new Day((LocalDate) row[2], DayKind.valueOf((String) row[3]))).toList();
        List<Integer> decreed = getEntityManager().unwrap(Session.class)
                .createNativeQuery("select year from calendar_decree order by year", Integer.class).list();
        return new Snapshot((Integer) rows.get(0)[0], (UUID) rows.get(0)[1], days, decreed);
    }
}
