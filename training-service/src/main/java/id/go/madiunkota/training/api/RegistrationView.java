package id.go.madiunkota.training.api;

import id.go.madiunkota.common.privacy.AuditorMask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registration as the trainer sees it (the auditor: {@link #masked()}).
 *
 * @param waitlistPosition place on the waitlist (1 is promoted first), or null when not waitlisted
 * @param attempt 1 for the participant's first training of this kind, 2 and more when repeating
 * @param repeatRegistrationId the registration for the next session offered after "not understood"
 * @param registeredBy display name of the trainer who registered the participant (null: registered online)
 * @param attendanceRecordedBy display name of the trainer who put the participant on the attendance list
 * @param cancelledBy display name of who cancelled the registration (null: with its session, by the service)
 */
@Schema(name = "Registration")
public record RegistrationView(
        UUID id,
        UUID sessionId,
        @Schema(example = "CONFIRMED") String status,
        Integer waitlistPosition,
        @Schema(example = "1") int attempt,
        ParticipantView participant,
        Instant guestBookSignedAt,
        DecreeView decree,
        Instant registeredAt,
        Instant attendedAt,
        Instant completedAt,
        Boolean understood,
        UUID previousRegistrationId,
        UUID repeatRegistrationId,
        String cancelReason,
        @Schema(example = "pelatih.lpse") String registeredBy,
        @Schema(example = "pelatih.lpse") String attendanceRecordedBy,
        @Schema(example = "pelatih.lpse") String cancelledBy) {

    /** The same registration as the auditor sees it: the participant's NIP, phone and e-mail masked. */
    public RegistrationView masked() {
        ParticipantView who = participant == null ? null : new ParticipantView(participant.name(), participant.type(),
                participant.organization(), AuditorMask.identifier(participant.nip()), participant.nikMasked(),
                participant.providerId(),
                AuditorMask.phone(participant.phone()), AuditorMask.email(participant.email()));
        return new RegistrationView(id, sessionId, status, waitlistPosition, attempt, who, guestBookSignedAt, decree,
                registeredAt, attendedAt, completedAt, understood, previousRegistrationId, repeatRegistrationId,
                cancelReason, registeredBy, attendanceRecordedBy, cancelledBy);
    }

    /** The participant. */
    @Schema(name = "ParticipantView")
    public record ParticipantView(
            @Schema(example = "Siti Rahmawati") String name,
            @Schema(example = "PROVIDER") String type,
            @Schema(example = "CV Maju Jaya") String organization,
            @Schema(example = "198503102010012003") String nip,
            @Schema(example = "3577********0001", description = "The NIK, masked") String nikMasked,
            UUID providerId,
            @Schema(example = "081234567890") String phone,
            @Schema(example = "siti@majujaya.co.id") String email) {
    }

    /** The recorded decree, and whether (and when) the trainer checked it. */
    @Schema(name = "DecreeView")
    public record DecreeView(@Schema(example = "800/123/401.102/2026") String number,
            @Schema(example = "2026-11-20") LocalDate date,
            @Schema(description = "Checked by the trainer; a decree declared on the public form is not until then")
            boolean checked,
            Instant checkedAt,
            @Schema(example = "pelatih.lpse", description = "Display name of the trainer who checked it")
            String checkedBy) {
    }
}
