package id.go.madiunkota.ppid.calendar.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.ppid.calendar.entity.DayKind;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A non-working day as anyone may read it.
 *
 * @param date the day
 * @param kind why it is not a working day
 * @param name the holiday's name
 * @param source the decree or announcement that set it, or null
 * @param addedBy who added it ({@code seed} for the shipped calendar)
 * @param addedAt when it was added
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "NonWorkingDay")
public record NonWorkingDayView(
        @Schema(example = "2026-03-19") LocalDate date,
        @Schema(example = "NATIONAL_HOLIDAY") DayKind kind,
        @Schema(example = "Hari Suci Nyepi (Tahun Baru Saka 1948)") String name,
        @Schema(example = "SKB 3 Menteri") String source,
        @Schema(example = "seed") String addedBy,
        Instant addedAt) {
}
