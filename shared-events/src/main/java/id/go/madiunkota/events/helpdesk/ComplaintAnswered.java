package id.go.madiunkota.events.helpdesk;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when staff record the answer to a complaint.
 *
 * @param complaintId the complaint's id
 * @param service the service concerned: PPID, HELPDESK, VERIFICATION or TRAINING
 * @param answeredBy token subject (Keycloak sub) of the staff member who answered
 * @param receivedAt when the complaint was recorded
 * @param answeredAt when the answer was recorded
 */
@EventType(service = "helpdesk", name = "ComplaintAnswered", aggregate = "Complaint")
@JsonClassDescription("Published when staff record the answer to a complaint.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintAnswered(
        UUID complaintId,
        String service,
        String answeredBy,
        Instant receivedAt,
        Instant answeredAt) implements EventPayload {
}
