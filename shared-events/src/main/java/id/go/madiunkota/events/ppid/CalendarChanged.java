package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;

/**
 * Published when an admin adds or removes a non-working day in the working-day calendar, alone or by importing a
 * year's decree.
 *
 * @param change ADDED or REMOVED
 * @param date the day added or removed
 * @param kind NATIONAL_HOLIDAY, CUTI_BERSAMA, AD_HOC or LOCAL
 * @param calendarVersion the calendar version after the change
 * @param reason why the day changed, such as the decree that amended the joint leave days
 * @param yearCalendar what the day's year runs on after the change: DECREED (its joint decree is entered) or
 *        PROVISIONAL (predicted holidays); absent from producers older than this field
 * @param decreeNumber the joint decree (SKB 3 Menteri) whose import made the change; absent for a single day's change
 */
@EventType(service = "ppid", name = "CalendarChanged", aggregate = "Calendar")
@JsonClassDescription("Published when an admin adds or removes a non-working day in the working-day calendar, "
        + "alone or by importing a year's decree.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarChanged(
        String change,
        LocalDate date,
        String kind,
        String calendarVersion,
        String reason,
        String yearCalendar,
        String decreeNumber) implements EventPayload {

    /** A change of one day outside a decree import, without saying whether its year is provisional. */
    public CalendarChanged(String change, LocalDate date, String kind, String calendarVersion, String reason) {
        this(change, date, kind, calendarVersion, reason, null, null);
    }
}
