package id.go.madiunkota.ppid.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guest book entry as PPID staff see it; the phone is never shown, only whether one was given. */
@Schema(name = "GuestBookEntry")
public record GuestBookView(
        UUID id,
        @Schema(example = "Sri Wahyuni") String visitorName,
        @Schema(example = "Universitas PGRI Madiun") String organization,
        boolean hasPhone,
        String purpose,
        Instant visitedAt,
        @Schema(description = "The linked information request, or null") UUID requestId,
        @Schema(description = "Registration number of the linked request", example = "PPID/2026/000123")
        String registrationNumber,
        @Schema(description = "The officer who recorded the entry") String recordedBy) {
}
