package id.go.madiunkota.training.repository;

import id.go.madiunkota.training.entity.CalendarCopy;
import id.go.madiunkota.training.entity.CalendarDay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;

/** The local copy of the non-working days, and its version row. */
@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    /** The version row, locked: calendar changes are applied one at a time. */
    public CalendarCopy lockCopy() {
        return getEntityManager().find(CalendarCopy.class, CalendarCopy.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public CalendarCopy copy() {
        return getEntityManager().find(CalendarCopy.class, CalendarCopy.ID);
    }

    /** How many days the copy knows in {@code year}, non-working or removed. */
    public long knownIn(int year) {
        return count("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public long nonWorkingIn(int year) {
        return count("day >= ?1 and day <= ?2 and nonWorking = true", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }
}
