package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;

/**
 * Published when an admin adds or removes a non-working day in the working-day calendar.
 *
 * @param change ADDED or REMOVED
 * @param date the day added or removed
 * @param kind NATIONAL_HOLIDAY, CUTI_BERSAMA, AD_HOC or LOCAL
 * @param calendarVersion the calendar version after the change
 * @param reason why the day changed, such as the decree that amended the joint leave days
 */
@EventType(service = "ppid", name = "CalendarChanged", aggregate = "Calendar")
@JsonClassDescription("Published when an admin adds or removes a non-working day in the working-day calendar.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarChanged(
        String change,
        LocalDate date,
        String kind,
        String calendarVersion,
        String reason) implements EventPayload {
}
