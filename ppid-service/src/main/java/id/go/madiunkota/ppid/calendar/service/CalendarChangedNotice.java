package id.go.madiunkota.ppid.calendar.service;

import java.time.LocalDate;

/**
 * Fired synchronously (CDI) by {@link CalendarService} inside the transaction of each calendar change, after the change
 * is written, so that code depending on the calendar (open deadlines) can follow it in the same transaction. An
 * observer that throws rolls the whole change back.
 *
 * @param date the day added or removed; for a decree import, the first day that changed
 * @param change ADDED, REMOVED, or DECREE for a decree import
 * @param calendarVersion the calendar version after the change
 * @param lastDate the last day that changed ({@code date} for a single day)
 */
public record CalendarChangedNotice(LocalDate date, String change, String calendarVersion, LocalDate lastDate) {

    /** One day changed. */
    public CalendarChangedNotice(LocalDate date, String change, String calendarVersion) {
        this(date, change, calendarVersion, date);
    }

    /** Whether a deadline counted from {@code start} to {@code due} may have moved: it spans a changed day. */
    public boolean spans(LocalDate start, LocalDate due) {
        return !start.isAfter(lastDate) && !due.isBefore(date);
    }
}
