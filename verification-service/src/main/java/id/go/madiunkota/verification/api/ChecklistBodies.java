package id.go.madiunkota.verification.api;

import id.go.madiunkota.verification.entity.BusinessForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new checklist version, published by an admin; versions are never changed afterwards. */
public final class ChecklistBodies {

    private ChecklistBodies() {
    }

    @Schema(name = "NewChecklistVersion")
    public record NewVersion(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,39}") @Schema(example = "NIB-2026") String version,
            @NotBlank @Size(max = 200) @Schema(example = "Dokumen verifikasi penyedia 2026") String title,
            @NotNull @Schema(example = "2026-07-01") LocalDate effectiveFrom,
            @Size(max = 2000) @Schema(example = "Menambahkan sertifikat standar dari OSS.") String description,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {
    }

    @Schema(name = "ChecklistItemInput")
    public record Item(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") @Schema(example = "DIRECTOR_KTP") String code,
            @NotBlank @Size(max = 300) @Schema(example = "KTP Direktur dan fotokopinya") String name,
            @NotBlank @Size(max = 300) @Schema(example = "Director's identity card (KTP) and a copy") String nameEn,
            @NotNull @Schema(example = "true") Boolean original,
            @NotNull @Schema(example = "true") Boolean copy,
            @Schema(description = "Only when a representative comes (default false)", example = "false")
            Boolean representedOnly,
            @Schema(description = "Business forms it applies to; empty or absent: all", example = "[\"PT\", \"CV\"]")
            List<@NotNull BusinessForm> businessForms) {
    }
}
