package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.util.UUID;

/**
 * Published when a registration for a full session is put on its waitlist.
 *
 * @param registrationId the registration's id
 * @param sessionId id of the session
 * @param participantType PROVIDER or PROCUREMENT_OFFICIAL
 * @param position place on the waitlist; 1 is promoted first
 * @param attempt 1 for the participant's first training of this kind, 2 and more when repeating
 */
@EventType(service = "training", name = "ParticipantWaitlisted", aggregate = "Registration")
@JsonClassDescription("Published when a registration for a full session is put on its waitlist.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantWaitlisted(
        UUID registrationId,
        UUID sessionId,
        String participantType,
        int position,
        int attempt) implements EventPayload {
}
