package id.go.madiunkota.events.verification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a provider registers online in SPSE and awaits verification in person.
 *
 * @param providerId the provider's id
 * @param companyName the registered business name; null when businessForm is INDIVIDUAL, whose name is a person's
 * @param businessForm PT, CV, FIRM, COOPERATIVE or INDIVIDUAL
 * @param registeredAt when the online registration was received
 */
@EventType(service = "verification", name = "ProviderRegistered", aggregate = "Provider")
@JsonClassDescription("Published when a provider registers online in SPSE and awaits verification in person.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderRegistered(
        UUID providerId,
        String companyName,
        String businessForm,
        Instant registeredAt) implements EventPayload {
}
