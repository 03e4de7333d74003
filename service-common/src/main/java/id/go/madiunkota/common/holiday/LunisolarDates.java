package id.go.madiunkota.common.holiday;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.shredzone.commons.suncalc.MoonPhase;

/** Imlek, Nyepi and Waisak: holidays that follow the moon, each by the rule its community's calendar keeps. */
final class LunisolarDates {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private LunisolarDates() {
    }

    /**
     * The first day of the first month of the Chinese calendar (UTC+8 astronomical rules, ICU), always 21 Jan–20 Feb.
     */
    static LocalDate imlek(int year) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        LocalDate after = LocalDate.of(year, 2, 22);
        for (LocalDate day = LocalDate.of(year, 1, 20); day.isBefore(after); day = day.plusDays(1)) {
            calendar.set(Calendar.JULIAN_DAY, (int) (day.toEpochDay() + JULIAN_DAY_OF_EPOCH));
            if (calendar.get(Calendar.MONTH) == 0 && calendar.get(Calendar.IS_LEAP_MONTH) == 0
                    && calendar.get(Calendar.DAY_OF_MONTH) == 1) {
                return day;
            }
        }
        throw new IllegalStateException("No Chinese New Year found in " + year);
    }

    /**
     * Nyepi, the day after tilem Kesanga: the Balinese calendar counts the new moon arithmetically, about a day before
     * the astronomical one, so the day after it is the date in Bali (UTC+8) of the astronomical new moon; Kesanga's is
     * the first on or after 2 March. Calibrated on the decrees: 2025-03-29, 2026-03-19.
     */
    static LocalDate nyepi(int year) {
        return MoonPhase.compute().phase(MoonPhase.Phase.NEW_MOON).timezone(WITA).on(LocalDate.of(year, 3, 2))
                .execute().getTime().toLocalDate();
    }

    /**
     * Waisak: the full moon of Waisaka as the decrees follow it, the first full moon falling on or after 6 May, dated
     * in universal time (a full moon late in the evening in Jakarta keeps its day). Calibrated on the decrees:
     * 2025-05-12 (23:56 in Jakarta), 2026-05-31 (not 1 May); 2023-06-04 (not 5 May).
     */
    static LocalDate waisak(int year) {
        return MoonPhase.compute().phase(MoonPhase.Phase.FULL_MOON).timezone(ZoneOffset.UTC)
                .on(LocalDate.of(year, 5, 6))
                .execute().getTime().toLocalDate();
    }
}
