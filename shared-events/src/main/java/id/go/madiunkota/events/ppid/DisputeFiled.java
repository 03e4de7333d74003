package id.go.madiunkota.events.ppid;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the filing of a dispute (sengketa) with the Komisi Informasi about a decided objection is recorded.
 *
 * @param objectionId id of the objection the dispute follows
 * @param requestId id of the original information request
 * @param registrationNumber the objection's registration number
 * @param commissionCaseNumber the Komisi Informasi's case number; null while not yet known
 * @param filedOn the day the dispute was filed with the commission
 */
@EventType(service = "ppid", name = "DisputeFiled", aggregate = "Objection")
@JsonClassDescription("Published when the filing of a dispute (sengketa) with the Komisi Informasi about a "
        + "decided objection is recorded.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeFiled(
        UUID objectionId,
        UUID requestId,
        String registrationNumber,
        String commissionCaseNumber,
        LocalDate filedOn) implements EventPayload {
}
