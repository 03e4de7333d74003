package id.go.madiunkota.ppid.calendar.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The day {@code add} working days after {@code from}.
 *
 * @param from day 0, as asked
 * @param add how many working days were added
 * @param date the resulting day
 * @param calendarVersion the calendar version the answer was computed with
 * @param calendarProvisional whether the count went over a year without an entered decree: its holidays are predicted,
 *        its cuti bersama unknown, and the answer may change once the decree is entered
 */
@Schema(name = "WorkingDayAnswer")
public record WorkingDayAnswer(
        @Schema(example = "2026-03-13") LocalDate from,
        @Schema(example = "10") int add,
        @Schema(example = "2026-04-06") LocalDate date,
        @Schema(example = "1") String calendarVersion,
        @Schema(example = "false") boolean calendarProvisional) {
}
