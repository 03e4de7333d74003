package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a helpdesk agent opens a consultation for a caller.
 *
 * @param consultationId the consultation's id
 * @param channel PHONE, WALK_IN, EMAIL or SMS
 * @param callerRole PROVIDER, PROCUREMENT_OFFICIAL, COMMITTEE or OTHER
 * @param topic the topic the agent recorded (never the question itself)
 * @param openedAt when the consultation was opened
 */
@EventType(service = "helpdesk", name = "ConsultationOpened", aggregate = "Consultation")
@JsonClassDescription("Published when a helpdesk agent opens a consultation for a caller.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsultationOpened(
        UUID consultationId,
        String channel,
        String callerRole,
        String topic,
        Instant openedAt) implements EventPayload {
}
