package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when the applicant withdraws an information request before it is closed.
 *
 * @param requestId the information request's id
 * @param registrationNumber the request's registration number (nomor pendaftaran), such as PPID/2026/000123
 * @param previousStatus the status the request had when withdrawn, such as IN_PROGRESS
 * @param withdrawnAt when the withdrawal was recorded
 */
@EventType(service = "ppid", name = "RequestWithdrawn", aggregate = "InformationRequest")
@JsonClassDescription("Published when the applicant withdraws an information request before it is closed.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestWithdrawn(
        UUID requestId,
        String registrationNumber,
        String previousStatus,
        Instant withdrawnAt) implements EventPayload {
}
