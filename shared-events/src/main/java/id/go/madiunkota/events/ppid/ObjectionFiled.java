package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published when an objection (keberatan) against the handling of an information request is registered.
 *
 * @param objectionId the objection's id
 * @param requestId id of the request objected to
 * @param registrationNumber the objection's own registration number
 * @param requestRegistrationNumber registration number of the request objected to
 * @param grounds codes of the UU 14/2008 Pasal 35 grounds, such as NOT_ANSWERED
 * @param filedOn the day the objection was received; day 0 of its deadline
 * @param dueDate last day of the superior's 30-working-day decision period
 * @param calendarVersion version of the working-day calendar the due date was computed with
 */
@EventType(service = "ppid", name = "ObjectionFiled", aggregate = "Objection")
@JsonClassDescription("Published when an objection (keberatan) against the handling of an information request is "
        + "registered.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectionFiled(
        UUID objectionId,
        UUID requestId,
        String registrationNumber,
        String requestRegistrationNumber,
        List<String> grounds,
        LocalDate filedOn,
        LocalDate dueDate,
        String calendarVersion) implements EventPayload {

    public ObjectionFiled {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }
}
