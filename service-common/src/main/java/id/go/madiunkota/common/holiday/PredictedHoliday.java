package id.go.madiunkota.common.holiday;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A national holiday as a rule predicts it, for a year whose joint decree (SKB 3 Menteri) is not known yet.
 *
 * @param date the day
 * @param name the holiday's name, as the decrees write it (Bahasa Indonesia)
 * @param rule the rule that produced the date, in a few words (shown with the prediction, so a reader can check it)
 */
public record PredictedHoliday(LocalDate date, String name, String rule) {

    public PredictedHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
    }
}
