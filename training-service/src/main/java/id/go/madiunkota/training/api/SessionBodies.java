package id.go.madiunkota.training.api;

import id.go.madiunkota.training.entity.Audience;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the session endpoints. */
public final class SessionBodies {

    private SessionBodies() {
    }

    /** A session to put on the public schedule: 2 to 5 hours on one working day. */
    @Schema(name = "ScheduleSession")
    public record Schedule(
            @NotBlank @Size(max = 200) @Schema(example = "Pelatihan SPSE 4.5 untuk Penyedia") String title,
            @NotNull @Schema(example = "PROVIDER") Audience audience,
            @NotNull @Schema(example = "2026-12-08T09:00:00+07:00") OffsetDateTime startsAt,
            @NotNull @Schema(example = "2026-12-08T12:00:00+07:00") OffsetDateTime endsAt,
            @NotBlank @Size(max = 100) @Schema(example = "Ruang Pelatihan LPSE, Lantai 2") String room,
            @NotNull @Min(1) @Max(500) @Schema(example = "20") Integer capacity,
            @NotBlank @Size(max = 200) @Schema(example = "Agus Prasetyo, S.Kom.") String trainer) {
    }

    /** Why a session is cancelled. */
    @Schema(name = "CancelSession")
    public record Cancel(
            @NotBlank @Size(max = 1000) @Schema(example = "Ruang pelatihan dipakai untuk rapat darurat.")
            String reason) {
    }
}
