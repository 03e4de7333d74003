package id.go.madiunkota.common.standard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
 * @param replaces when publishing: the version this one replaces, the newest the publisher saw. Optional; when
 *     given and another version has been published since, the publication is refused with 409 (two admins publishing
 *     at the same moment cannot both win). Not stored.
 */
@Schema(name = "StandardContent")
public record StandardContent(
        @NotBlank @Size(max = 200) @Schema(example = "Pelayanan Informasi Publik") String title,
        @Size(max = 200) @Schema(example = "188.45/123/401.012/2026") String decreeNumber,
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveDate,
        @Size(max = 500) @Schema(example = "Keputusan Kepala Dinas Kominfo Kota Madiun") String source,
        @NotNull @Size(min = 14, max = 14) List<@Valid @NotNull StandardComponent> components,
        @NotNull @Schema(example = "{\"responseWorkingDays\": 10, \"extensionWorkingDays\": 7}")
        Map<@NotBlank String, @NotNull Integer> targets,
        @Min(1) @Schema(description = "The version this one replaces (the newest the publisher saw); if another "
                + "version was published since, 409", example = "1") Integer replaces) {

    /** The content without the publication's {@code replaces}, as stored and seeded. */
    public StandardContent(String title, String decreeNumber, LocalDate effectiveDate, String source,
            List<StandardComponent> components, Map<String, Integer> targets) {
        this(title, decreeNumber, effectiveDate, source, components, targets, null);
    }
}
