package id.go.madiunkota.verification.api;

import id.go.madiunkota.common.privacy.ValidNik;
import id.go.madiunkota.common.privacy.ValidNpwp;
import id.go.madiunkota.verification.entity.BusinessForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The online registration of a provider in SPSE. For an INDIVIDUAL (perorangan) the company name is the trading name
 * or the person's name, and the director is the owner.
 */
@Schema(name = "RegisterProvider")
public record RegisterProvider(
        @NotBlank @Size(max = 200) @Schema(example = "CV Maju Jaya Madiun") String companyName,
        @NotNull @Schema(example = "CV") BusinessForm businessForm,
        @NotBlank @ValidNpwp @Schema(description = "15 digits (also 99.999.999.9-999.999) or 16 digits",
                example = "01.234.567.8-621.000") String npwp,
        @ValidNib @Schema(description = "NIB from OSS, 13 digits", example = "9120001234567") String nib,
        @NotNull @Valid Director director,
        @NotBlank @Email @Size(max = 200) @Schema(example = "admin@majujaya.co.id") String email,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") @Schema(example = "0351467327") String phone,
        @NotBlank @Size(max = 1000) @Schema(example = "Jl. Mayjen Panjaitan No. 12, Kota Madiun") String address) {

    /** The director (or the owner of an individual business). */
    @Schema(name = "DirectorInput")
    public record Director(
            @NotBlank @Size(max = 200) @Schema(example = "Bambang Setiawan") String name,
            @NotBlank @ValidNik @Schema(example = "3577010505800003") String nik) {
    }
}
