package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when a verifier rejects a verification, listing the missing or invalid checklist items.
 *
 * @param verificationId the verification's id
 * @param providerId id of the provider
 * @param checklistVersion version of the document checklist used
 * @param missingItems codes of the checklist items missing or invalid; may be empty when only the blacklist check
 *     failed
 * @param blacklisted whether the blacklist check (daftar hitam) found the provider listed
 * @param verifier token subject (Keycloak sub) of the verifier
 * @param decidedAt when the rejection was recorded
 */
@EventType(service = "verification", name = "VerificationRejected", aggregate = "Verification")
@JsonClassDescription("Published when a verifier rejects a verification, listing the missing or invalid checklist"
        + " items.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationRejected(
        UUID verificationId,
        UUID providerId,
        String checklistVersion,
        List<String> missingItems,
        boolean blacklisted,
        String verifier,
        Instant decidedAt) implements EventPayload {

    public VerificationRejected {
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }
}
