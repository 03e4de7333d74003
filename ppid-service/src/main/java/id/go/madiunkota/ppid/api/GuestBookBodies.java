package id.go.madiunkota.ppid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the guest book (buku tamu) endpoints. */
public final class GuestBookBodies {

    private GuestBookBodies() {
    }

    /** A walk-in visitor signs the guest book; {@code visitedAt} defaults to now and may not be in the future. */
    @Schema(name = "GuestBookEntryBody")
    public record NewEntry(
            @NotBlank @Size(max = 200) @Schema(example = "Sri Wahyuni") String visitorName,
            @Size(max = 200) @Schema(example = "Universitas PGRI Madiun") String organization,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") @Schema(example = "081234567890") String phone,
            @NotBlank @Size(max = 1000) @Schema(example = "Menanyakan data anggaran Dinas Kominfo 2026") String purpose,
            @Schema(description = "When the visitor came (default now, never in the future)",
                    example = "2026-03-13T09:30:00+07:00") OffsetDateTime visitedAt,
            @Schema(description = "The information request the visitor filed, if any",
                    example = "0b8a1f5e-6c1d-4d2e-9a51-3f0c2b7e8d41") UUID requestId) {
    }

    /** The request a visitor filed after signing the guest book. */
    @Schema(name = "GuestBookRequestLinkBody")
    public record RequestLink(@NotNull @Schema(example = "0b8a1f5e-6c1d-4d2e-9a51-3f0c2b7e8d41") UUID requestId) {
    }
}
