package id.go.madiunkota.common.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayPredictorTest {

    private final HolidayPredictor predictor = HolidayPredictor.instance();

    @Test
    void idulFitri2023FollowsMabimsNotUmmAlQura() {
        // Umm al-Qura (java.time HijrahChronology) says 21 April; the Indonesian decree said 22 April.
        assertThat(datesOf(2023, "Idul Fitri 1444 Hijriah"))
                .containsExactly(LocalDate.of(2023, 4, 22), LocalDate.of(2023, 4, 23));
    }

    @Test
    void theFixedHolidaysAndTheComputusHoldForEveryYear() {
        for (int year : new int[] {HolidayPredictor.MIN_YEAR, 1961, 2027, 2049, HolidayPredictor.MAX_YEAR}) {
            List<PredictedHoliday> days = predictor.predict(year);
            assertThat(days).extracting(PredictedHoliday::date).contains(LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 17),
                    LocalDate.of(year, 12, 25));
            assertThat(days).allMatch(day -> day.date().getYear() == year && !day.rule().isBlank());
            assertThat(days).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        }
        assertThat(datesOf(2027, "Kebangkitan/Paskah Yesus Kristus")).containsExactly(LocalDate.of(2027, 3, 28));
        assertThat(datesOf(2038, "Kebangkitan/Paskah Yesus Kristus")).containsExactly(LocalDate.of(2038, 4, 25));
        assertThat(datesOf(2027, "Wafat Yesus Kristus")).containsExactly(LocalDate.of(2027, 3, 26));
        assertThat(datesOf(2027, "Kenaikan Yesus Kristus")).containsExactly(LocalDate.of(2027, 5, 6));
    }

    @Test
    void anIslamicHolidayFallsTwiceInAYearWhenTheLunarYearSaysSo() {
        // The lunar year is 11 days shorter: Idul Fitri falls twice in 2000 (8 January and 27 December).
        assertThat(predictor.predict(2000)).filteredOn(day -> day.name().startsWith("Idul Fitri")).hasSize(4);
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThat(HolidayPredictor.supports(1899)).isFalse();
        assertThat(HolidayPredictor.supports(2101)).isFalse();
        assertThatThrownBy(() -> predictor.predict(2101)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<LocalDate> datesOf(int year, String name) {
        return predictor.predict(year).stream().filter(day -> day.name().equals(name)).map(PredictedHoliday::date)
                .toList();
    }
}
