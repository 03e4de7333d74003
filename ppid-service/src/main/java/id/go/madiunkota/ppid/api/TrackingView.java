package id.go.madiunkota.ppid.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What anyone holding the tracking code sees: status, dates and the decision in short; no personal data. */
@Schema(name = "Tracking")
public record TrackingView(
        @Schema(description = "The request's id: the path of an objection filed with the tracking code "
                + "(POST /requests/{id}/objections, header X-Tracking-Code)") UUID id,
        @Schema(example = "PPID/2026/000123") String registrationNumber,
        @Schema(example = "EXTENDED") String status,
        LocalDate receivedOn,
        LocalDate dueDate,
        boolean overdue,
        LocalDate extendedOn,
        @Schema(example = "REJECTED") String outcome,
        List<String> exemptionGrounds,
        LocalDate decidedOn,
        LocalDate deliveredOn,
        @Schema(description = "The last day to file an objection: 30 working days after its ground arose (the "
                + "decision, or the missed due date); null while the request awaits its decision in time")
        LocalDate objectionDueDate,
        @Schema(description = "The newest objection about the request, if any") ObjectionStatus objection,
        @Schema(description = "The due date was counted over a year without an entered decree (predicted holidays): "
                + "it may move once the decree is entered") boolean calendarProvisional) {

    /** An objection as tracking shows it. */
    @Schema(name = "TrackingObjection")
    public record ObjectionStatus(@Schema(example = "KEBERATAN/2026/000007") String registrationNumber,
            @Schema(example = "DECIDED") String status, @Schema(example = "UPHELD") String outcome, LocalDate filedOn,
            LocalDate dueDate, LocalDate decidedOn, LocalDate disputeFiledOn,
            @Schema(description = "Once decided: the last day to take the dispute to the Komisi Informasi")
            LocalDate disputeDueDate,
            @Schema(description = "While the superior has not answered: the last day to take the dispute to the "
                    + "Komisi Informasi should the superior stay silent past dueDate")
            LocalDate silenceDisputeDueDate,
            @Schema(description = "The objection's id: the path of its letters (GET /objections/{id}/letters/{kind}, "
                    + "header X-Tracking-Code)") UUID id) {
    }
}
