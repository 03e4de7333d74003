package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a complaint, suggestion or input about one of the four services is recorded.
 *
 * @param complaintId the complaint's id
 * @param channel how it arrived, such as ONLINE, WALK_IN, PHONE, SMS or EMAIL
 * @param service the service concerned: PPID, HELPDESK, VERIFICATION or TRAINING
 * @param kind what it is: COMPLAINT, SUGGESTION or INPUT (absent in events from before this field)
 * @param receivedAt when it was recorded
 */
@EventType(service = "helpdesk", name = "ComplaintReceived", aggregate = "Complaint")
@JsonClassDescription("Published when a complaint, suggestion or input about one of the four services is recorded.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintReceived(
        UUID complaintId,
        String channel,
        String service,
        Instant receivedAt,
        String kind) implements EventPayload {
}
