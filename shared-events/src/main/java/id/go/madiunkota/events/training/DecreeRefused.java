package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.util.UUID;

/**
 * Published when the trainer refuses the decree a procurement official declared on the registration form, and the
 * registration is cancelled (its place, if it held one, goes to the first on the waitlist).
 *
 * @param registrationId the registration's id
 * @param sessionId id of the session
 * @param previousStatus PENDING_DECREE or WAITLISTED
 */
@EventType(service = "training", name = "DecreeRefused", aggregate = "Registration")
@JsonClassDescription("Published when the trainer refuses the decree a procurement official declared on the "
        + "registration form, and the registration is cancelled (its place, if it held one, goes to the first on "
        + "the waitlist).")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecreeRefused(
        UUID registrationId,
        UUID sessionId,
        String previousStatus) implements EventPayload {
}
