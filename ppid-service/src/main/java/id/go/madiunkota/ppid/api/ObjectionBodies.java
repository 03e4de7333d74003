package id.go.madiunkota.ppid.api;

import id.go.madiunkota.ppid.entity.DisputeOutcome;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the objection endpoints. */
public final class ObjectionBodies {

    private ObjectionBodies() {
    }

    /** An objection: its grounds (Pasal 35 ayat 1) and the applicant's reasons. */
    @Schema(name = "FileObjection")
    public record File(
            @NotEmpty @Schema(example = "[\"REJECTED_UNDER_PASAL_17\"]") Set<@NotNull ObjectionGround> grounds,
            @NotBlank @Size(max = 4000) @Schema(example = "Informasi yang diminta tidak memuat data pribadi.")
            String reason) {
    }

    /** The superior's decision, with its reasons. */
    @Schema(name = "ObjectionDecisionBody")
    public record Decision(@NotNull @Schema(example = "UPHELD") ObjectionOutcome outcome,
            @NotBlank @Size(max = 4000) @Schema(example = "Pengecualian Pasal 17 huruf h telah diuji konsekuensinya.")
            String reason) {
    }

    /** The Komisi Informasi's outcome of a dispute: the agreement or decision, its date and the case number. */
    @Schema(name = "DisputeOutcomeBody")
    public record DisputeOutcomeBody(
            @NotNull @Schema(example = "ADJUDICATION_DECISION") DisputeOutcome outcome,
            @NotNull @PastOrPresent @Schema(example = "2026-08-12") LocalDate decidedOn,
            @NotBlank @Size(max = 100) @Schema(example = "012/III/KI-JATIM-PS/2026") String commissionCaseNumber) {
    }

    /** The dispute filed with the Komisi Informasi. */
    @Schema(name = "DisputeBody")
    public record Dispute(@Size(max = 100) @Schema(example = "012/III/KI-JATIM-PS/2026") String commissionCaseNumber,
            @NotNull @PastOrPresent @Schema(example = "2026-05-04") LocalDate filedOn) {
    }
}
