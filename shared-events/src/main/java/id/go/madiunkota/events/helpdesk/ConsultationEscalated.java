package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when an agent escalates a consultation to LKPP and a callback task is created for the agent.
 *
 * @param consultationId the consultation's id
 * @param callbackId id of the callback task created
 * @param agent token subject (Keycloak sub) of the agent who escalated and owns the callback
 * @param escalationNumber 1 for the first escalation, 2 and more after the caller did not accept a relayed answer
 * @param escalatedAt when the consultation was escalated
 * @param callbackDueAt when the agent should call back (10 minutes later by default)
 */
@EventType(service = "helpdesk", name = "ConsultationEscalated", aggregate = "Consultation")
@JsonClassDescription("Published when an agent escalates a consultation to LKPP and a callback task is created "
        + "for the agent.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationEscalated(
        UUID consultationId,
        UUID callbackId,
        String agent,
        int escalationNumber,
        Instant escalatedAt,
        Instant callbackDueAt) implements EventPayload {
}
