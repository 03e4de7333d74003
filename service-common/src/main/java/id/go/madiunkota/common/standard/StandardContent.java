package id.go.madiunkota.common.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The text of a service standard as published: what an admin sends to publish a new version.
 *
 * @param title the service's name
 * @param decreeNumber the number of the decree that set this standard, when there is one
 * @param effectiveDate the day the version takes effect
 * @param source where the text comes from
 * @param components the 14 components
 * @param targets the numbers the service measures itself against, such as {@code responseWorkingDays}
 */
@Schema(name = "StandardContent")
public record StandardContent(
        @NotBlank @Size(max = 200) @Schema(example = "Pelayanan Informasi Publik") String title,
        @Size(max = 200) @Schema(example = "188.45/123/401.012/2026") String decreeNumber,
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveDate,
        @Size(max = 500) @Schema(example = "Keputusan Kepala Dinas Kominfo Kota Madiun") String source,
        @NotNull @Size(min = 14, max = 14) List<@Valid @NotNull StandardComponent> components,
        @NotNull @Schema(example = "{\"responseWorkingDays\": 10, \"extensionWorkingDays\": 7}")
        Map<@NotBlank String, @NotNull Integer> targets) {
}
