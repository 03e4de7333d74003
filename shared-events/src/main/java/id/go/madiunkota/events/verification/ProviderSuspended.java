package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when an active provider is suspended and can no longer use its SPSE user ID.
 *
 * @param providerId the provider's id
 * @param reason a reason code such as BLACKLISTED (never free text)
 * @param suspendedBy token subject (Keycloak sub) of the staff member who suspended it
 * @param suspendedAt when it was suspended
 */
@EventType(service = "verification", name = "ProviderSuspended", aggregate = "Provider")
@JsonClassDescription("Published when an active provider is suspended and can no longer use its SPSE user ID.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderSuspended(
        UUID providerId,
        String reason,
        String suspendedBy,
        Instant suspendedAt) implements EventPayload {
}
