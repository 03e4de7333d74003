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
 * Published when the PPID gives its written decision (the notice) on an information request.
 *
 * @param requestId the information request's id
 * @param registrationNumber the request's registration number (nomor pendaftaran), such as PPID/2026/000123
 * @param outcome GRANTED, PARTIALLY_GRANTED, REJECTED or NOT_HELD
 * @param exemptionGrounds codes of the legal grounds for what was withheld (UU 14/2008 Pasal 17 a-j, Pasal 6(3)); empty
 *     when nothing was withheld
 * @param decidedOn the day of the written notice
 * @param onTime whether the decision came on or before the due date in force
 */
@EventType(service = "ppid", name = "RequestDecided", aggregate = "InformationRequest")
@JsonClassDescription("Published when the PPID gives its written decision (the notice) on an information request.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestDecided(
        UUID requestId,
        String registrationNumber,
        String outcome,
        List<String> exemptionGrounds,
        LocalDate decidedOn,
        boolean onTime) implements EventPayload {

    public RequestDecided {
        exemptionGrounds = exemptionGrounds == null ? List.of() : List.copyOf(exemptionGrounds);
    }
}
