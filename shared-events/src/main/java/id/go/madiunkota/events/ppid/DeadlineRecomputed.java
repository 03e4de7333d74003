package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a calendar change moves the due date of an open request or objection.
 *
 * @param aggregateId id of the request or objection; also the event's aggregate id (the Kafka key)
 * @param aggregateKind REQUEST or OBJECTION: which of the two the deadline belongs to
 * @param registrationNumber registration number of the request or objection
 * @param previousDueDate the due date before the calendar change
 * @param dueDate the recomputed due date
 * @param previousCalendarVersion calendar version the previous due date was computed with
 * @param calendarVersion calendar version the new due date was computed with
 */
@EventType(service = "ppid", name = "DeadlineRecomputed", aggregate = "InformationRequest")
@JsonClassDescription("Published when a calendar change moves the due date of an open request or objection.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineRecomputed(
        UUID aggregateId,
        String aggregateKind,
        String registrationNumber,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String previousCalendarVersion,
        String calendarVersion) implements EventPayload {
}
