package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a consultation is closed, with the figures the helpdesk report and dashboards need.
 *
 * @param consultationId the consultation's id
 * @param agent token subject (Keycloak sub) of the agent who closed it
 * @param openedAt when the consultation was opened
 * @param closedAt when it was closed
 * @param escalationCount how many times it was escalated to LKPP (0 if resolved directly)
 * @param lkppWaitSeconds total seconds spent waiting on LKPP's answers
 * @param withinTarget whether opening to closing took no longer than the completion target of the service standard in
 *     force
 */
@EventType(service = "helpdesk", name = "ConsultationClosed", aggregate = "Consultation")
@JsonClassDescription("Published when a consultation is closed, with the figures the helpdesk report and "
        + "dashboards need.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationClosed(
        UUID consultationId,
        String agent,
        Instant openedAt,
        Instant closedAt,
        int escalationCount,
        int lkppWaitSeconds,
        boolean withinTarget) implements EventPayload {
}
