package id.go.madiunkota.ppid.calendar.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** Missing calendars already reported, so that each is reported once across restarts and instances. */
@ApplicationScoped
public class CalendarAlertRepository {

    private final EntityManager entityManager;

    public CalendarAlertRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records that the gap {@code kind} of {@code year} was reported; false when it already was. Two instances racing
     * here are serialised by the primary key: the second waits for the first to commit, then inserts nothing.
     */
    public boolean recordOnce(int year, String kind, LocalDate reportedOn, int calendarVersion) {
        return entityManager.createNativeQuery("insert into calendar_alert (year, kind, reported_on, calendar_version)"
                        + " values (?1, ?2, ?3, ?4) on conflict (year, kind) do nothing")
                .setParameter(1, year)
                .setParameter(2, kind)
                .setParameter(3, reportedOn)
                .setParameter(4, calendarVersion)
                .executeUpdate() == 1;
    }
}
