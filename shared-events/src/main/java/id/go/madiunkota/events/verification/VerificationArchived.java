package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a signed verification sheet is archived, closing the verification.
 *
 * @param verificationId the verification's id
 * @param providerId id of the provider
 * @param outcome APPROVED or REJECTED
 * @param archiveReference where the paper file is kept
 * @param archivedAt when it was archived
 */
@EventType(service = "verification", name = "VerificationArchived", aggregate = "Verification")
@JsonClassDescription("Published when a signed verification sheet is archived, closing the verification.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationArchived(
        UUID verificationId,
        UUID providerId,
        String outcome,
        String archiveReference,
        Instant archivedAt) implements EventPayload {
}
