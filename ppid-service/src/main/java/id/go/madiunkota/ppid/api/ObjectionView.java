package id.go.madiunkota.ppid.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objection and, once filed, its dispute. */
@Schema(name = "Objection")
public record ObjectionView(
        UUID id,
        @Schema(example = "KEBERATAN/2026/000007") String registrationNumber,
        UUID requestId,
        @Schema(example = "FILED") String status,
        List<String> grounds,
        String reason,
        LocalDate filedOn,
        @Schema(example = "OWNER") String filedVia,
        LocalDate dueDate,
        String calendarVersion,
        String outcome,
        String decisionReason,
        LocalDate decidedOn,
        LocalDate disputeDueDate,
        String commissionCaseNumber,
        LocalDate disputeFiledOn,
        @Schema(description = "While the superior has not answered: the last day to take the dispute to the Komisi "
                + "Informasi should the superior stay silent past dueDate (14 working days after it)")
        LocalDate silenceDisputeDueDate,
        @Schema(description = "The dispute went to the Komisi Informasi on the superior's silence")
        boolean disputeOnSilence,
        @Schema(description = "The Komisi Informasi's outcome", example = "MEDIATION_AGREEMENT") String disputeOutcome,
        @Schema(description = "The day of the agreement or decision") LocalDate disputeOutcomeOn,
        @Schema(description = "The superior who decided (display name), or null", example = "atasan.ppid")
        String decidedBy) {
}
