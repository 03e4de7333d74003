package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when an agent answers a consultation directly, without LKPP.
 *
 * @param consultationId the consultation's id
 * @param agent token subject (Keycloak sub) of the agent who answered
 * @param resolvedAt when the answer was given
 */
@EventType(service = "helpdesk", name = "ConsultationResolved", aggregate = "Consultation")
@JsonClassDescription("Published when an agent answers a consultation directly, without LKPP.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationResolved(
        UUID consultationId,
        String agent,
        Instant resolvedAt) implements EventPayload {
}
