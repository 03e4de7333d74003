package id.go.madiunkota.common.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The predictor against the decreed national holidays of 2024, 2025 and 2026: the table goes to the log and to
 * {@code target/holiday-accuracy.md} (the README shows it).
 */
class HolidayPredictorAccuracyTest {

    private static final Logger LOG = Logger.getLogger(HolidayPredictorAccuracyTest.class);

    @Test
    void predictionsMatchTheDecreesExactlyOnNineInTenDaysAndWithinADayOnAll() throws IOException {
        List<HolidayAccuracy.Line> lines = HolidayAccuracy.compare(decreed());
        String table = HolidayAccuracy.table(lines);
        LOG.info("Predicted holidays against the decrees:\n" + table);
        Files.writeString(Path.of("target", "holiday-accuracy.md"), table);

        long exact = lines.stream().filter(HolidayAccuracy.Line::exact).count();
        assertThat(lines).hasSize(51);
        assertThat(exact).as(table).isGreaterThanOrEqualTo((long) Math.ceil(lines.size() * 0.9));
        assertThat(lines).as(table).allMatch(HolidayAccuracy.Line::withinOneDay);
    }

    private static List<HolidayAccuracy.Decreed> decreed() throws IOException {
        try (InputStream in = HolidayPredictorAccuracyTest.class.getResourceAsStream(
                "/holidays/decreed-national-holidays.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(",", 2))
                    .map(cells -> new HolidayAccuracy.Decreed(LocalDate.parse(cells[0]), cells[1]))
                    .toList();
        }
    }
}
