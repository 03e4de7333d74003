package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a verification is approved and the provider's SPSE user ID is activated.
 *
 * @param providerId the provider's id
 * @param verificationId id of the approved verification
 * @param companyName the registered business name; null when businessForm is INDIVIDUAL, whose name is a person's
 * @param businessForm PT, CV, FIRM, COOPERATIVE or INDIVIDUAL
 * @param activatedAt when the user ID was activated
 */
@EventType(service = "verification", name = "ProviderActivated", aggregate = "Provider")
@JsonClassDescription("Published when a verification is approved and the provider's SPSE user ID is activated.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderActivated(
        UUID providerId,
        UUID verificationId,
        String companyName,
        String businessForm,
        Instant activatedAt) implements EventPayload {
}
