package id.go.madiunkota.helpdesk.api;

import id.go.madiunkota.helpdesk.entity.CallerRole;
import id.go.madiunkota.helpdesk.entity.ConsultationChannel;
import id.go.madiunkota.helpdesk.entity.Topic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the agent records when a caller consults: the channel, who calls, the topic and the question. */
@Schema(name = "OpenConsultation")
public record OpenConsultation(
        @NotNull @Schema(example = "PHONE") ConsultationChannel channel,
        @NotNull @Valid CallerInput caller,
        @NotNull @Schema(example = "USER_ID_PASSWORD") Topic topic,
        @NotBlank @Size(max = 4000)
        @Schema(example = "User ID penyedia terkunci setelah salah memasukkan kata sandi tiga kali.") String question) {

    /** Who calls. The phone number is needed on PHONE and SMS, where the agent calls back. */
    @Schema(name = "CallerInput")
    public record CallerInput(
            @NotBlank @Size(max = 200) @Schema(example = "Agus Prasetyo") String name,
            @NotNull @Schema(example = "PROVIDER") CallerRole role,
            @Size(max = 200) @Schema(example = "CV Maju Jaya") String organization,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") @Schema(example = "081234567890") String phone,
            @Email @Size(max = 200) @Schema(description = "Where a scheduled callback is announced (optional)",
                    example = "agus@cvmajujaya.example.id") String email,
            @Pattern(regexp = "id|en") @Schema(description = "The caller's language for mails: id (default) or en",
                    example = "id") String language) {
    }
}
