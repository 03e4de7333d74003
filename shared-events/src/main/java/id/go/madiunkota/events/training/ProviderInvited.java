package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a newly activated provider is invited to the next provider training session.
 *
 * @param invitationId the invitation's id
 * @param providerId id of the provider, from verification.ProviderActivated
 * @param sessionId id of the session the provider is invited to
 * @param sessionDate the session's day
 */
@EventType(service = "training", name = "ProviderInvited", aggregate = "TrainingSession")
@JsonClassDescription("Published when a newly activated provider is invited to the next provider training session.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderInvited(
        UUID invitationId,
        UUID providerId,
        UUID sessionId,
        LocalDate sessionDate) implements EventPayload {
}
