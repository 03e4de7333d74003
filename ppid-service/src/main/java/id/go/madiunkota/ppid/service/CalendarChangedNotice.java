package id.go.madiunkota.ppid.service;

import java.time.LocalDate;

/**
 * Fired synchronously (CDI) by {@link CalendarService} inside the transaction of each calendar change, after the change
 * is written, so that code depending on the calendar (open deadlines) can follow it in the same transaction. An
 * observer that throws rolls the whole change back.
 *
 * @param date the day added or removed
 * @param change ADDED or REMOVED
 * @param calendarVersion the calendar version after the change
 */
public record CalendarChangedNotice(LocalDate date, String change, String calendarVersion) {
}
