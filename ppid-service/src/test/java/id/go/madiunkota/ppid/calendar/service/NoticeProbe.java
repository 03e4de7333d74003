package id.go.madiunkota.ppid.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test observer of {@link CalendarChangedNotice}: records each notice with what the calendar said about the day at
 * that moment (inside the change's transaction), and fails on {@link #FAILING_DATE} to show that a failing observer
 * rolls the whole change back.
 */
@ApplicationScoped
public class NoticeProbe {

    /** A change of this day fails in the observer, after everything else of the change was written. */
    public static final LocalDate FAILING_DATE = LocalDate.of(2029, 2, 13);

    /** A notice and whether the calendar, read in the same transaction, counted the day as a working day. */
    public record Seen(CalendarChangedNotice notice, boolean workingDay, String calendarVersion) {
    }

    private final WorkingDayCalendar calendar;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public NoticeProbe(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    void on(@Observes CalendarChangedNotice notice) {
        if (notice.date().equals(FAILING_DATE)) {
            throw new IllegalStateException("observer failure for the test");
        }
        CalendarSnapshot snapshot = calendar.snapshot();
        seen.add(new Seen(notice, snapshot.isWorkingDay(notice.date()), snapshot.version()));
    }

    /** The notices seen about {@code date}, oldest first. */
    public List<Seen> about(LocalDate date) {
        return seen.stream().filter(s -> s.notice().date().equals(date)).toList();
    }
}
