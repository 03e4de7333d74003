package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;

/**
 * Published when, on or after 1 November, the next year still has no working-day calendar.
 *
 * @param year the year that has no calendar yet
 * @param detectedOn the day the check found it missing
 * @param calendarVersion the calendar version in force when checked
 */
@EventType(service = "ppid", name = "CalendarMissing", aggregate = "Calendar")
@JsonClassDescription("Published when, on or after 1 November, the next year still has no working-day calendar.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarMissing(
        int year,
        LocalDate detectedOn,
        String calendarVersion) implements EventPayload {
}
