package id.go.madiunkota.ppid.api;

import id.go.madiunkota.ppid.entity.CopyFormat;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DeliveryMethod;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the officer's actions on a request. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The one extension, with its written reason. */
    @Schema(name = "ExtensionBody")
    public record Extension(@NotBlank @Size(max = 2000)
            @Schema(example = "Informasi yang diminta perlu dihimpun dari tiga bidang.") String reason) {
    }

    /** The written decision. */
    @Schema(name = "DecisionBody")
    public record Decision(
            @NotNull @Schema(example = "REJECTED") DecisionOutcome outcome,
            Set<@NotNull ExemptionGround> exemptionGrounds,
            @Size(max = 4000)
            @Schema(example = "Membuka data pribadi pihak ketiga lebih merugikan daripada manfaatnya.")
            String consequenceTest,
            @Size(max = 2000) @Schema(example = "Lampiran berisi NIK dan alamat penerima bantuan") String withheldParts,
            @Size(max = 200) @Schema(description = "For NOT_HELD: the public body that holds it (UU 14/2008 Pasal 22 "
                    + "ayat 7); required unless holderUnknown",
                    example = "Badan Pengelola Keuangan dan Aset Daerah Kota Madiun") String heldBy,
            @Schema(description = "For NOT_HELD: true when the PPID does not know which public body holds it; "
                    + "then heldBy stays empty", example = "false") Boolean holderUnknown,
            CopyFormat copyFormat,
            @Size(max = 4000) @Schema(example = "Ditolak sebagian; bagian lain dikirim lewat surel.") String note) {
    }

    /** The notice or information reached the applicant. */
    @Schema(name = "DeliveryBody")
    public record Delivery(
            @NotNull @PastOrPresent @Schema(example = "2026-03-20T10:15:00+07:00") OffsetDateTime deliveredAt,
            @NotNull @Schema(example = "EMAIL") DeliveryMethod method) {
    }

    /** A reason, for a withdrawal or an invalid request. */
    @Schema(name = "ReasonBody")
    public record Reason(@NotBlank @Size(max = 2000)
            @Schema(example = "Pemohon menyatakan tidak lagi memerlukan informasi tersebut.") String reason) {
    }
}
