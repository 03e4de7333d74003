package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when an information request is registered, submitted online or recorded by staff, with its registration
 * number and first due date.
 *
 * @param requestId the information request's id
 * @param registrationNumber the request's registration number (nomor pendaftaran), such as PPID/2026/000123
 * @param channel ONLINE, WALK_IN, PHONE, EMAIL or LETTER
 * @param applicantType PERSON or ORGANIZATION
 * @param receivedOn the day counted as receipt (the next working day when received after closing time); day 0 of the
 *     deadline
 * @param dueDate last day of the 10-working-day response period
 * @param calendarVersion version of the working-day calendar the due date was computed with
 */
@EventType(service = "ppid", name = "RequestReceived", aggregate = "InformationRequest")
@JsonClassDescription("Published when an information request is registered, submitted online or recorded by "
        + "staff, with its registration number and first due date.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestReceived(
        UUID requestId,
        String registrationNumber,
        String channel,
        String applicantType,
        LocalDate receivedOn,
        LocalDate dueDate,
        String calendarVersion) implements EventPayload {
}
