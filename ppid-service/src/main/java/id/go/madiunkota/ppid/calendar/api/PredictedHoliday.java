package id.go.madiunkota.ppid.calendar.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One predicted holiday, an item of the page {@code GET /calendar/predicted-holidays} answers (in date order).
 *
 * @param date the day
 * @param name its name as the decrees write it
 * @param rule the rule that produced the date
 */
@Schema(name = "PredictedHoliday")
public record PredictedHoliday(@Schema(example = "2027-01-05") LocalDate date,
        @Schema(example = "Isra Mikraj Nabi Muhammad SAW") String name,
        @Schema(example = "27 Rajab, MABIMS at sunset from Banda Aceh (altitude >= 3°, elongation >= 6.4°)")
        String rule) {
}
