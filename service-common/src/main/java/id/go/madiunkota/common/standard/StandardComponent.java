package id.go.madiunkota.common.standard;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the 14 components of a service standard (UU 25/2009 Pasal 21).
 *
 * @param number 1 to 14, in the order of the law
 * @param code a stable English code, such as {@code COMPLETION_TIME}
 * @param name the component's Indonesian name
 * @param content its text, in Bahasa Indonesia
 * @param derived true when the office's own document does not give this component and the text was composed
 * @param note where a derived text comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StandardComponent")
public record StandardComponent(
        @Min(1) @Max(14) @Schema(example = "5") int number,
        @NotBlank @Size(max = 50) @Schema(example = "COMPLETION_TIME") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Jangka Waktu Penyelesaian") String name,
        @NotBlank @Size(max = 10_000) @Schema(example = "Kurang lebih 30 menit") String content,
        Boolean derived,
        @Size(max = 1000) @Schema(example = "Diturunkan dari UU 14/2008 Pasal 22 ayat (7)") String note) {
}
