package id.go.madiunkota.common.holiday;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.shredzone.commons.suncalc.MoonIllumination;
import org.shredzone.commons.suncalc.MoonPhase;
import org.shredzone.commons.suncalc.MoonPosition;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * The first days of the Hijri months as the Indonesian government sets them: by the MABIMS criterion (2021), a month
 * begins on the day after the first evening following the conjunction on which, at sunset, the moon stands at least 3°
 * above the horizon and at least 6.4° from the sun; otherwise the running month is completed to 30 days.
 *
 * <p>Seen from {@link #LATITUDE}/{@link #LONGITUDE}, Banda Aceh: the criterion is met when it is met anywhere in
 * Indonesia, and the young moon stands highest at sunset in the west of the country. Altitude is topocentric, without
 * refraction (the moon's centre); elongation is geocentric, as the ministry's ephemeris tables give them. Sun and moon
 * come from commons-suncalc; ICU's arithmetical Islamic calendar only says which lunation is which month.
 */
final class MabimsCalendar {

    /** Banda Aceh, the reference point for the west of Indonesia. */
    static final double LATITUDE = 5.55;
    static final double LONGITUDE = 95.32;
    static final double MIN_ALTITUDE = 3.0;
    static final double MIN_ELONGATION = 6.4;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private MabimsCalendar() {
    }

    /** The Gregorian day on which day {@code day} of Hijri month {@code month} (1 = Muharam) of {@code year} falls. */
    static LocalDate date(int year, int month, int day) {
        return firstDay(year, month).plusDays(day - 1L);
    }

    /** The Hijri year (arithmetical calendar) that {@code date} falls in; enough to pick which years to compute. */
    static int hijriYearOf(LocalDate date) {
        IslamicCalendar calendar = arithmetical();
        calendar.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    static LocalDate firstDay(int year, int month) {
        IslamicCalendar calendar = arithmetical();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        LocalDate approximate = LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
        // The arithmetical month starts within two days of the real one: the conjunction that opens it is the first
        // new moon after five days before.
        ZonedDateTime conjunction = MoonPhase.compute().phase(MoonPhase.Phase.NEW_MOON).timezone(WIB)
                .on(approximate.minusDays(5)).execute().getTime();
        LocalDate evening = conjunction.toLocalDate();
        ZonedDateTime sunset = sunset(evening);
        if (sunset.isBefore(conjunction)) {
            evening = evening.plusDays(1);
            sunset = sunset(evening);
        }
        return evening.plusDays(crescentVisible(sunset) ? 1 : 2);
    }

    private static boolean crescentVisible(ZonedDateTime sunset) {
        double altitude = MoonPosition.compute().on(sunset).at(LATITUDE, LONGITUDE).execute().getTrueAltitude();
        double elongation = MoonIllumination.compute().on(sunset).execute().getElongation();
        return altitude >= MIN_ALTITUDE && elongation >= MIN_ELONGATION;
    }

    private static ZonedDateTime sunset(LocalDate day) {
        return SunTimes.compute().timezone(WIB).on(day).at(LATITUDE, LONGITUDE).execute().getSet();
    }

    private static IslamicCalendar arithmetical() {
        IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE);
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_CIVIL);
        return calendar;
    }
}
