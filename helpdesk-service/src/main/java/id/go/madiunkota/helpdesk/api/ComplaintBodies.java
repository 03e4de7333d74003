package id.go.madiunkota.helpdesk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of staff actions on a complaint. */
public final class ComplaintBodies {

    private ComplaintBodies() {
    }

    /** The staff's answer to the complainant. */
    @Schema(name = "ComplaintResponseBody")
    public record Response(@NotBlank @Size(max = 4000)
            @Schema(example = "Terima kasih; mulai bulan depan verifikasi hari Senin dilayani dua petugas.")
            String answer) {
    }
}
