package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a verifier starts the in-person document check of a provider.
 *
 * @param verificationId the verification's id
 * @param providerId id of the provider being verified
 * @param checklistVersion version of the document checklist used, such as the NIB-era set
 * @param verifier token subject (Keycloak sub) of the verifier
 * @param represented whether the provider is represented by someone with a power of attorney
 * @param attempt 1 for the provider's first verification, 2 and more after a rejection
 * @param startedAt when the verification started
 */
@EventType(service = "verification", name = "VerificationStarted", aggregate = "Verification")
@JsonClassDescription("Published when a verifier starts the in-person document check of a provider.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationStarted(
        UUID verificationId,
        UUID providerId,
        String checklistVersion,
        String verifier,
        boolean represented,
        int attempt,
        Instant startedAt) implements EventPayload {
}
