package id.go.madiunkota.ppid.api;

import id.go.madiunkota.common.privacy.ValidNik;
import id.go.madiunkota.ppid.entity.ApplicantType;
import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.CopyFormat;
import id.go.madiunkota.ppid.entity.DeliveryMethod;
import id.go.madiunkota.ppid.entity.ObtainMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for public information, as on the Komisi Informasi standard form. {@code channel} and {@code receivedAt}
 * are for staff recording a walk-in, phone, e-mail or letter request; the public form leaves them out (ONLINE, now).
 */
@Schema(name = "SubmitRequest")
public record SubmitRequest(
        @NotNull @Valid ApplicantInput applicant,
        @Valid RepresentativeInput representative,
        @NotBlank @Size(max = 4000) @Schema(example = "Salinan dokumen pelaksanaan anggaran (DPA) Dinas Kominfo 2026")
        String informationRequested,
        @NotBlank @Size(max = 2000) @Schema(example = "Bahan penelitian skripsi tentang keterbukaan anggaran daerah")
        String purpose,
        @NotNull @Schema(example = "COPY") ObtainMethod obtainMethod,
        @Schema(example = "SOFTCOPY") CopyFormat copyFormat,
        @Schema(example = "EMAIL") DeliveryMethod deliveryMethod,
        @Schema(description = "Staff only: how the request arrived", example = "WALK_IN") Channel channel,
        @Schema(description = "Staff only: when the request was actually received (default now)")
        OffsetDateTime receivedAt) {

    /** Who asks. A person gives a NIK; an organisation its legal-entity decree number. */
    @Schema(name = "ApplicantInput")
    public record ApplicantInput(
            @NotNull @Schema(example = "PERSON") ApplicantType type,
            @NotBlank @Size(max = 200) @Schema(example = "Sri Wahyuni") String name,
            @ValidNik @Schema(example = "3577014101900001") String nik,
            @Size(max = 100) @Schema(example = "AHU-0012345.AH.01.07.2020") String legalEntityNumber,
            @NotBlank @Size(max = 1000) @Schema(example = "Jl. Pahlawan No. 37, Kota Madiun") String address,
            @Size(max = 100) @Schema(example = "Mahasiswa") String occupation,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") @Schema(example = "081234567890") String phone,
            @Email @Size(max = 200) @Schema(example = "sri.wahyuni@example.id") String email) {
    }

    /** Someone acting for the applicant with a power of attorney (surat kuasa). */
    @Schema(name = "RepresentativeInput")
    public record RepresentativeInput(
            @NotBlank @Size(max = 200) @Schema(example = "Budi Santoso") String name,
            @ValidNik @Schema(example = "3577010505850002") String nik,
            @NotBlank @Size(max = 200) @Schema(description = "Reference of the power of attorney",
                    example = "Surat kuasa bermaterai tanggal 10 Maret 2026") String powerOfAttorney) {
    }
}
