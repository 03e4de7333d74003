package id.go.madiunkota.helpdesk.api;

import id.go.madiunkota.helpdesk.entity.ComplaintChannel;
import id.go.madiunkota.helpdesk.entity.ComplaintKind;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint, suggestion or input about one of the four services. From the web form {@code channel} is ONLINE (or
 * left out); staff record walk-in, phone, SMS and e-mail ones.
 */
@Schema(name = "SubmitComplaint")
public record SubmitComplaint(
        @Schema(description = "COMPLAINT when left out", example = "COMPLAINT") ComplaintKind kind,
        @Schema(description = "ONLINE when left out; other channels are recorded by staff", example = "SMS")
        ComplaintChannel channel,
        @NotNull @Schema(example = "VERIFICATION") ServiceConcerned service,
        @NotNull @Valid ComplainantInput complainant,
        @NotBlank @Size(max = 4000)
        @Schema(example = "Antrean verifikasi penyedia terlalu lama, mohon ditambah petugas pada hari Senin.")
        String content) {

    /** Who complains; phone and e-mail are optional, the tracking code lets them follow it without either. */
    @Schema(name = "ComplainantInput")
    public record ComplainantInput(
            @NotBlank @Size(max = 200) @Schema(example = "Rina Kusuma") String name,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") @Schema(example = "081298765432") String phone,
            @Email @Size(max = 200) @Schema(example = "rina.kusuma@example.id") String email) {
    }
}
