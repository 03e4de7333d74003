package id.go.madiunkota.ppid.calendar.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The predicted holidays of a year.
 *
 * @param items in date order
 */
@Schema(name = "PredictedHolidays")
public record PredictedHolidays(List<Item> items) {

    /**
     * One predicted holiday.
     *
     * @param date the day
     * @param name its name as the decrees write it
     * @param rule the rule that produced the date
     */
    @Schema(name = "PredictedHoliday")
    public record Item(@Schema(example = "2027-01-05") LocalDate date,
            @Schema(example = "Isra Mikraj Nabi Muhammad SAW") String name,
            @Schema(example = "27 Rajab, MABIMS at sunset from Banda Aceh (altitude >= 3°, elongation >= 6.4°)")
            String rule) {
    }
}
