package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the PPID extends a request's response period, which happens at most once and by at most 7 working
 * days.
 *
 * @param requestId the information request's id
 * @param registrationNumber the request's registration number (nomor pendaftaran), such as PPID/2026/000123
 * @param extendedOn the day the written extension notice was given
 * @param previousDueDate the due date before the extension
 * @param dueDate the new, extended due date
 * @param calendarVersion version of the working-day calendar the due date was computed with
 */
@EventType(service = "ppid", name = "RequestExtended", aggregate = "InformationRequest")
@JsonClassDescription("Published when the PPID extends a request's response period, which happens at most once "
        + "and by at most 7 working days.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestExtended(
        UUID requestId,
        String registrationNumber,
        LocalDate extendedOn,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String calendarVersion) implements EventPayload {
}
