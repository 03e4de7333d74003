package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when the delivery of a decided request's notice and information to the applicant is recorded.
 *
 * @param requestId the information request's id
 * @param registrationNumber the request's registration number (nomor pendaftaran), such as PPID/2026/000123
 * @param method PICKUP, COURIER, POST, FAX or EMAIL (how it was delivered, never where to)
 * @param deliveredAt when it was delivered
 */
@EventType(service = "ppid", name = "InformationDelivered", aggregate = "InformationRequest")
@JsonClassDescription("Published when the delivery of a decided request's notice and information to the applicant"
        + " is recorded.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InformationDelivered(
        UUID requestId,
        String registrationNumber,
        String method,
        Instant deliveredAt) implements EventPayload {
}
