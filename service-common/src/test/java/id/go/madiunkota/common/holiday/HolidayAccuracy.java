package id.go.madiunkota.common.holiday;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds predictions against decreed national holidays: each decreed day is paired with the predicted day of the same
 * name nearest to it. Shared by the tests that measure the predictor's accuracy.
 */
public final class HolidayAccuracy {

    /** A national holiday as a decree set it. */
    public record Decreed(LocalDate date, String name) {
    }

    /**
     * One line of the table.
     *
     * @param predicted the predicted day, null when nothing of that name was predicted
     * @param difference predicted minus decreed, in days (Integer.MAX_VALUE when missed)
     */
    public record Line(String name, LocalDate decreed, LocalDate predicted, int difference) {
        public boolean exact() {
            return difference == 0;
        }

        public boolean withinOneDay() {
            return Math.abs(difference) <= 1;
        }
    }

    private HolidayAccuracy() {
    }

    public static List<Line> compare(List<Decreed> decreed) {
        List<Line> lines = new ArrayList<>();
        for (Decreed day : decreed) {
            LocalDate nearest = HolidayPredictor.instance().predict(day.date().getYear()).stream()
                    .filter(predicted -> predicted.name().equals(day.name()))
                    .map(PredictedHoliday::date)
                    .min(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(day.date(), date))))
                    .orElse(null);
            int difference = nearest == null ? Integer.MAX_VALUE : (int) ChronoUnit.DAYS.between(day.date(), nearest);
            lines.add(new Line(day.name(), day.date(), nearest, difference));
        }
        return lines;
    }

    /** The lines as a Markdown table, with the totals under it. */
    public static String table(List<Line> lines) {
        StringBuilder out = new StringBuilder("| Holiday | Decree | Predicted | Difference |\n|---|---|---|---|\n");
        for (Line line : lines) {
            out.append("| ").append(line.name()).append(" | ").append(line.decreed()).append(" | ")
                    .append(line.predicted() == null ? "—" : line.predicted()).append(" | ")
                    .append(line.predicted() == null ? "missed" : String.format("%+d", line.difference()))
                    .append(" |\n");
        }
        long exact = lines.stream().filter(Line::exact).count();
        long withinOne = lines.stream().filter(Line::withinOneDay).count();
        out.append(String.format("%nExact: %d of %d (%.1f%%); within one day: %d of %d; missed: %d%n", exact,
                lines.size(), 100.0 * exact / lines.size(), withinOne, lines.size(),
                lines.stream().filter(line -> line.predicted() == null).count()));
        return out.toString();
    }
}
