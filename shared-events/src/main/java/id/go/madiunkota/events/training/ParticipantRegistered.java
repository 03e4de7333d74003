package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.util.UUID;

/**
 * Published when a registration for a session gets a place, confirmed or pending the check of the official's decree.
 *
 * @param registrationId the registration's id
 * @param sessionId id of the session
 * @param participantType PROVIDER or PROCUREMENT_OFFICIAL
 * @param status CONFIRMED or PENDING_DECREE
 * @param attempt 1 for the participant's first training of this kind, 2 and more when repeating
 */
@EventType(service = "training", name = "ParticipantRegistered", aggregate = "Registration")
@JsonClassDescription("Published when a registration for a session gets a place, confirmed or pending the check "
        + "of the official's decree.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantRegistered(
        UUID registrationId,
        UUID sessionId,
        String participantType,
        String status,
        int attempt) implements EventPayload {
}
