package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a scheduled session is cancelled and its registrants are notified.
 *
 * @param sessionId the session's id
 * @param date the day the session was scheduled for
 * @param registrantsNotified how many registrants (confirmed, pending and waitlisted) were notified
 * @param reason why it was cancelled, such as a day made non-working
 */
@EventType(service = "training", name = "TrainingCancelled", aggregate = "TrainingSession")
@JsonClassDescription("Published when a scheduled session is cancelled and its registrants are notified.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingCancelled(
        UUID sessionId,
        LocalDate date,
        int registrantsNotified,
        String reason) implements EventPayload {
}
