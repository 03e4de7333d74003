package id.go.madiunkota.training.api;

import id.go.madiunkota.common.privacy.ValidNik;
import id.go.madiunkota.training.entity.Audience;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the registration endpoints. */
public final class RegistrationBodies {

    private RegistrationBodies() {
    }

    /**
     * A registration. {@code guestBookSignedAt} records the guest-book entry (buku tamu) the seed requires: when the
     * participant signed the LPSE guest book. A procurement official needs a NIP and, before the place is confirmed,
     * their superior's decree, checked by the trainer; a provider's participant needs their NIK. One person holds at
     * most one place (or waitlist position) in a session.
     */
    @Schema(name = "Register")
    public record Register(
            @NotNull @Valid ParticipantBody participant,
            @NotNull @PastOrPresent @Schema(example = "2026-12-01T08:15:00+07:00",
                    description = "When the participant signed the LPSE guest book (buku tamu); required")
            Instant guestBookSignedAt,
            @Valid @Schema(description = "The official's decree; declared on the public form it keeps the place "
                    + "PENDING_DECREE until the trainer has checked it") DecreeBody decree) {
    }

    /** The participant; name, NIK, NIP, phone and e-mail are stored encrypted and never published. */
    @Schema(name = "Participant")
    public record ParticipantBody(
            @NotBlank @Size(max = 200) @Schema(example = "Siti Rahmawati") String name,
            @NotNull @Schema(example = "PROVIDER") Audience type,
            @NotBlank @Size(max = 200) @Schema(example = "CV Maju Jaya") String organization,
            @Pattern(regexp = "\\d{18}", message = "{id.go.madiunkota.training.nip}")
            @Schema(example = "198503102010012003", description = "18-digit NIP; required for a procurement official")
            String nip,
            @ValidNik @Schema(example = "3577014101900001", description = "16-digit NIK (KTP) of the person; required "
                    + "for a provider's participant (an official is known by the NIP)") String nik,
            @Schema(example = "0b6f7c1e-2a4d-4c1b-9e57-3f1a2b3c4d5e",
                    description = "The provider's id in verification-service, if known") UUID providerId,
            @Size(max = 30) @Pattern(regexp = "\\+?[0-9 -]{6,30}", message = "{id.go.madiunkota.training.phone}")
            @Schema(example = "081234567890") String phone,
            @Size(max = 200) @Email @Schema(example = "siti@majujaya.co.id") String email) {
    }

    /** The superior's decree (surat keputusan) assigning a procurement official to the training. */
    @Schema(name = "Decree")
    public record DecreeBody(
            @NotBlank @Size(max = 100) @Schema(example = "800/123/401.102/2026") String number,
            @NotNull @PastOrPresent @Schema(example = "2026-11-20") LocalDate date) {
    }

    /**
     * The trainer's check of the decree an official declared on the registration form: accepted confirms the place,
     * refused (with the reason) cancels the registration.
     */
    @Schema(name = "DecreeCheck")
    public record DecreeCheck(
            @NotNull @Schema(example = "false") Boolean accepted,
            @Size(max = 1000) @Schema(example = "Surat keputusan tidak menugaskan peserta pada pelatihan ini.",
                    description = "Required when refused") String reason) {
    }

    /** Why a registration is cancelled. */
    @Schema(name = "CancelRegistration")
    public record Cancel(
            @NotBlank @Size(max = 1000) @Schema(example = "Peserta berhalangan hadir.") String reason) {
    }

    /** A participant on the attendance list. */
    @Schema(name = "Attendance")
    public record Attendance(
            @NotNull @Schema(example = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID registrationId) {
    }

    /** The completion: whether the participant has understood. */
    @Schema(name = "Completion")
    public record Completion(@NotNull @Schema(example = "true") Boolean understood) {
    }
}
