package id.go.madiunkota.training.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's invitation to the next provider session. */
@Schema(name = "Invitation")
public record InvitationView(
        UUID id,
        UUID providerId,
        UUID verificationId,
        @Schema(example = "CV Maju Jaya") String companyName,
        @Schema(example = "CV") String businessForm,
        Instant activatedAt,
        @Schema(example = "INVITED") String status,
        UUID sessionId,
        @Schema(example = "2026-12-08") LocalDate sessionDate,
        Instant invitedAt) {
}
