package id.go.madiunkota.verification.api;

import id.go.madiunkota.common.privacy.ValidNik;
import id.go.madiunkota.verification.entity.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the verifier's actions. */
public final class VerificationBodies {

    private VerificationBodies() {
    }

    /**
     * Start the in-person verification after the provider signed the LPSE guest book and the verification guest book
     * (their times default to now).
     */
    @Schema(name = "StartVerification")
    public record Start(
            @NotNull @Schema(example = "6f1c2b9e-2d4a-4c1e-9a57-0d3f5b8e7c21") UUID providerId,
            @NotBlank @Size(max = 40) @Schema(example = "NIB-2021") String checklistVersion,
            @Valid Representative representative,
            @PastOrPresent @Schema(description = "When the provider signed the LPSE guest book (default now)",
                    example = "2026-03-16T09:05:00+07:00") OffsetDateTime lpseGuestBookSignedAt,
            @PastOrPresent @Schema(description = "When the provider signed the verification guest book (default now)",
                    example = "2026-03-16T09:10:00+07:00") OffsetDateTime verificationGuestBookSignedAt) {
    }

    /** Someone who comes for the provider with a stamped power of attorney (surat kuasa bermaterai). */
    @Schema(name = "RepresentativeInput")
    public record Representative(
            @NotBlank @Size(max = 200) @Schema(example = "Dewi Lestari") String name,
            @NotBlank @ValidNik @Schema(example = "3577014512920002") String nik,
            @NotBlank @Size(max = 500) @Schema(description = "Reference of the power of attorney",
                    example = "Surat kuasa bermaterai tanggal 12 Maret 2026") String powerOfAttorney) {
    }

    /** The check of one document of the checklist. */
    @Schema(name = "DocumentCheckBody")
    public record DocumentCheck(
            @NotNull @Schema(example = "true") Boolean originalSighted,
            @NotNull @Schema(example = "true") Boolean copyReceived,
            @Size(max = 2000) @Schema(example = "Fotokopi dilegalisasi") String note) {
    }

    /** The blacklist (daftar hitam) check of the provider's NPWP. */
    @Schema(name = "BlacklistCheckBody")
    public record BlacklistCheck(
            @NotNull @Schema(example = "false") Boolean listed,
            @NotBlank @Size(max = 200) @Schema(description = "Where it was checked",
                    example = "Daftar Hitam Nasional LKPP (daftarhitam.inaproc.id)") String source) {
    }

    /** The decision. APPROVED needs every item checked and a clear blacklist check; REJECTED lists what is missing. */
    @Schema(name = "DecisionBody")
    public record Decision(
            @NotNull @Schema(example = "REJECTED") Outcome outcome,
            @Size(max = 50) @Schema(description = "Codes of missing or invalid checklist items",
                    example = "[\"NIB\"]") List<@NotBlank @Size(max = 60) String> missing,
            @Size(max = 4000) @Schema(example = "NIB belum dibawa; silakan datang kembali.") String note) {
    }

    /** Where the signed verification file is kept. */
    @Schema(name = "ArchiveBody")
    public record Archive(
            @NotBlank @Size(max = 200) @Schema(example = "ARSIP/LPSE/2026/03/0042") String archiveReference) {
    }
}
