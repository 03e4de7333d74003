package id.go.madiunkota.helpdesk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the agent's actions on a consultation. */
public final class ConsultationBodies {

    private ConsultationBodies() {
    }

    /** The agent's direct answer. */
    @Schema(name = "ResolutionBody")
    public record Resolution(@NotBlank @Size(max = 4000)
            @Schema(example = "User ID dibuka kembali; penyedia diminta mengganti kata sandi setelah masuk.")
            String answer) {
    }

    /** Why the agent asks LKPP. */
    @Schema(name = "EscalationBody")
    public record Escalation(@NotBlank @Size(max = 4000)
            @Schema(example = "Perlu konfirmasi LKPP tentang kendala unggah dokumen penawaran di SPSE 4.5.")
            String note) {
    }

    /** LKPP's answer with LKPP's reference. */
    @Schema(name = "LkppAnswerBody")
    public record LkppAnswer(
            @NotBlank @Size(max = 4000)
            @Schema(example = "Gunakan peramban terbaru dan unggah ulang; batas ukuran berkas 20 MB.") String answer,
            @NotBlank @Size(max = 100) @Schema(example = "LKPP-HD-2026-004512") String lkppReference) {
    }

    /** Whether the caller accepted the explanation relayed to them. */
    @Schema(name = "RelayBody")
    public record Relay(@NotNull @Schema(example = "true") Boolean accepted) {
    }

    /** A note on a callback made. */
    @Schema(name = "CallbackCompletionBody")
    public record CallbackCompletion(@Size(max = 2000)
            @Schema(example = "Penelepon dihubungi kembali; jawaban LKPP belum ada, akan dihubungi lagi.")
            String note) {
    }
}
