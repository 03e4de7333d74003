package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a participant's completion of a session is recorded, with whether they understood it.
 *
 * @param registrationId the registration's id
 * @param sessionId id of the session
 * @param participantType PROVIDER or PROCUREMENT_OFFICIAL
 * @param understood false when the participant has not understood and is offered the next session of the same kind
 * @param attempt which attempt this was, 1 for the first
 * @param completedAt when the completion was recorded
 */
@EventType(service = "training", name = "TrainingCompleted", aggregate = "Registration")
@JsonClassDescription("Published when a participant's completion of a session is recorded, with whether they "
        + "understood it.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingCompleted(
        UUID registrationId,
        UUID sessionId,
        String participantType,
        boolean understood,
        int attempt,
        Instant completedAt) implements EventPayload {
}
