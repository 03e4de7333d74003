package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a callback task comes due and its agent should call the caller back.
 *
 * @param consultationId the consultation's id
 * @param callbackId the callback task's id
 * @param agent token subject (Keycloak sub) of the agent who owns the callback
 * @param dueAt when the callback is due
 */
@EventType(service = "helpdesk", name = "CallbackDue", aggregate = "Consultation")
@JsonClassDescription("Published when a callback task comes due and its agent should call the caller back.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackDue(
        UUID consultationId,
        UUID callbackId,
        String agent,
        Instant dueAt) implements EventPayload {
}
