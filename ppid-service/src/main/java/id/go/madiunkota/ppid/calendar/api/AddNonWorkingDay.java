package id.go.madiunkota.ppid.calendar.api;

import id.go.madiunkota.ppid.calendar.entity.DayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an admin sends to make a day non-working.
 *
 * @param date the day
 * @param kind why it is not a working day
 * @param name the holiday's name, in Bahasa Indonesia
 * @param source the decree or announcement that set it, if any
 * @param reason why the calendar changes now; kept in the audit trail and sent in the event
 */
@Schema(name = "AddNonWorkingDay")
public record AddNonWorkingDay(
        @NotNull @Schema(example = "2027-03-01", required = true) LocalDate date,
        @NotNull @Schema(example = "AD_HOC", required = true) DayKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "Libur tambahan Pilkada", required = true) String name,
        @Size(max = 200) @Schema(example = "Keputusan Presiden No. 1 Tahun 2027") String source,
        @NotBlank @Size(max = 500) @Schema(example = "Ditetapkan sebagai hari libur oleh Keppres No. 1 Tahun 2027",
                required = true) String reason) {
}
