package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when LKPP's answer to an escalated consultation is recorded, ready to be relayed to the caller.
 *
 * @param consultationId the consultation's id
 * @param lkppReference LKPP's reference for its answer
 * @param agent token subject (Keycloak sub) of the agent who recorded the answer
 * @param escalatedAt when this escalation began, so that the time waiting on LKPP can be shown separately
 * @param recordedAt when the answer was recorded
 */
@EventType(service = "helpdesk", name = "LkppAnswerRecorded", aggregate = "Consultation")
@JsonClassDescription("Published when LKPP's answer to an escalated consultation is recorded, ready to be relayed"
        + " to the caller.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LkppAnswerRecorded(
        UUID consultationId,
        String lkppReference,
        String agent,
        Instant escalatedAt,
        Instant recordedAt) implements EventPayload {
}
