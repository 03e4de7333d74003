package id.go.madiunkota.ppid.calendar.repository;

import id.go.madiunkota.ppid.calendar.entity.CalendarVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** The single row holding the calendar version in force. */
@ApplicationScoped
public class CalendarVersionRepository implements PanacheRepositoryBase<CalendarVersion, Short> {

    /** The version in force and its revision, read fresh from the database (a primary-key lookup of two columns). */
    public record Stamp(int version, UUID revision) {
    }

    public Stamp stamp() {
        return getEntityManager().createQuery("select new " + Stamp.class.getName()
                        + "(v.version, v.revision) from CalendarVersion v where v.id = :id", Stamp.class)
                .setParameter("id", CalendarVersion.ID)
                .getSingleResult();
    }

    /** The row, locked until the end of the transaction: calendar changes, from any instance, happen one at a time. */
    public CalendarVersion lockForChange() {
        CalendarVersion row = findById(CalendarVersion.ID, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("The calendar_version row is missing; the calendar migration did not run");
        }
        return row;
    }
}
