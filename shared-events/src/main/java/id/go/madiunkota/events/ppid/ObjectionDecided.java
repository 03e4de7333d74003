package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the PPID's superior (atasan PPID) decides an objection.
 *
 * @param objectionId the objection's id
 * @param requestId id of the request objected to
 * @param registrationNumber the objection's registration number
 * @param outcome UPHELD (the PPID's answer stands) or OVERTURNED (disclosure ordered)
 * @param decidedOn the day of the superior's written answer
 * @param onTime whether the decision came on or before the objection's due date
 * @param disputeDueDate last day on which the applicant may file a dispute with the Komisi Informasi (14 working days)
 * @param calendarVersion version of the working-day calendar the dispute due date was computed with
 */
@EventType(service = "ppid", name = "ObjectionDecided", aggregate = "Objection")
@JsonClassDescription("Published when the PPID's superior (atasan PPID) decides an objection.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectionDecided(
        UUID objectionId,
        UUID requestId,
        String registrationNumber,
        String outcome,
        LocalDate decidedOn,
        boolean onTime,
        LocalDate disputeDueDate,
        String calendarVersion) implements EventPayload {
}
