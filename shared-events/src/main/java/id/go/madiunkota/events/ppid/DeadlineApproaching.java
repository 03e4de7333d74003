package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published once when an open request or objection has 2 working days or fewer left before its due date.
 *
 * @param aggregateId id of the request or objection; also the event's aggregate id (the Kafka key)
 * @param aggregateKind REQUEST or OBJECTION: which of the two the deadline belongs to
 * @param registrationNumber registration number of the request or objection
 * @param dueDate the due date in force
 * @param workingDaysLeft working days from the day of publication to the due date; 0 on the due date itself
 */
@EventType(service = "ppid", name = "DeadlineApproaching", aggregate = "InformationRequest")
@JsonClassDescription("Published once when an open request or objection has 2 working days or fewer left before "
        + "its due date.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineApproaching(
        UUID aggregateId,
        String aggregateKind,
        String registrationNumber,
        LocalDate dueDate,
        int workingDaysLeft) implements EventPayload {
}
