package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the Komisi Informasi's outcome of a dispute (sengketa) is recorded: a mediation agreement or an
 * adjudication decision.
 *
 * @param objectionId id of the objection the dispute follows
 * @param requestId id of the original information request
 * @param registrationNumber the objection's registration number
 * @param commissionCaseNumber the Komisi Informasi's case number
 * @param outcome MEDIATION_AGREEMENT or ADJUDICATION_DECISION
 * @param decidedOn the day of the agreement or decision
 */
@EventType(service = "ppid", name = "DisputeOutcomeRecorded", aggregate = "Objection")
@JsonClassDescription("Published when the Komisi Informasi's outcome of a dispute (sengketa) is recorded: a "
        + "mediation agreement or an adjudication decision.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeOutcomeRecorded(
        UUID objectionId,
        UUID requestId,
        String registrationNumber,
        String commissionCaseNumber,
        String outcome,
        LocalDate decidedOn) implements EventPayload {
}
