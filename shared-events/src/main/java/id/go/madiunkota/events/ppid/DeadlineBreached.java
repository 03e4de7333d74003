package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published once when an open request or objection is still undecided on the calendar day after its due date.
 *
 * @param aggregateId id of the request or objection; also the event's aggregate id (the Kafka key)
 * @param aggregateKind REQUEST or OBJECTION: which of the two the deadline belongs to
 * @param registrationNumber registration number of the request or objection
 * @param dueDate the due date that was missed
 * @param workingDaysLeft zero or negative: minus the working days elapsed since the due date when the breach was
 *     detected
 */
@EventType(service = "ppid", name = "DeadlineBreached", aggregate = "InformationRequest")
@JsonClassDescription("Published once when an open request or objection is still undecided on the calendar day "
        + "after its due date.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineBreached(
        UUID aggregateId,
        String aggregateKind,
        String registrationNumber,
        LocalDate dueDate,
        int workingDaysLeft) implements EventPayload {
}
