package id.go.madiunkota.ppid.calendar.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's entered decree.
 *
 * @param year the year it sets
 * @param decreeNumber its number(s)
 * @param decreeDate the day it was signed (absent for the decrees that came with the first calendar)
 * @param calendarVersion the calendar version its import made
 * @param changed whether this import changed the calendar (false: the same decree again, nothing changed)
 * @param daysAdded days made non-working, or changed in kind or name, by this import
 * @param daysRemoved days that were non-working (predicted, or by an earlier decree) and are not any more
 */
@Schema(name = "CalendarDecreeView")
public record DecreeView(
        @Schema(example = "2027") int year,
        @Schema(example = "1 Tahun 2026, 2 Tahun 2026, 3 Tahun 2026") String decreeNumber,
        @Schema(example = "2026-10-14") LocalDate decreeDate,
        @Schema(example = "3") String calendarVersion,
        @Schema(example = "true") boolean changed,
        @Schema(example = "25") int daysAdded,
        @Schema(example = "2") int daysRemoved) {
}
