package id.go.madiunkota.common.holiday;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The national holidays of a year as far as rules and the sky predict them, for years whose joint decree (SKB 3
 * Menteri) is not entered yet: the days the law fixes, the Christian feasts by the Gregorian computus, the Islamic
 * holidays by the MABIMS criterion ({@link MabimsCalendar}), Imlek, Nyepi and Waisak ({@link LunisolarDates}).
 * Cuti bersama cannot be predicted: they are decided each year. Every holiday of a year is computed once and kept;
 * the class holds no other state and is safe to share.
 */
public final class HolidayPredictor {

    /** The first year predictions are made for. */
    public static final int MIN_YEAR = 1900;
    /** The last year predictions are made for. */
    public static final int MAX_YEAR = 2100;

    static final String FIXED = "fixed date";
    static final String COMPUTUS = "Gregorian computus";
    static final String MABIMS = "MABIMS at sunset from Banda Aceh (altitude >= 3°, elongation >= 6.4°)";

    private static final HolidayPredictor INSTANCE = new HolidayPredictor();
    private final Map<Integer, List<PredictedHoliday>> byYear = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    private HolidayPredictor() {
    }

    /** The one shared predictor. */
    public static HolidayPredictor instance() {
        return INSTANCE;
    }

    /** Whether {@code year} lies within the years predictions are made for. */
    public static boolean supports(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The predicted national holidays of {@code year}, in date order; {@link #supports(int)} must hold. */
    public List<PredictedHoliday> predict(int year) {
        if (!supports(year)) {
            throw new IllegalArgumentException("Holidays are predicted for " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return byYear.computeIfAbsent(year, HolidayPredictor::compute);
    }

    /** The days of {@link #predict(int)}, for quick look-ups. */
    public Set<LocalDate> dates(int year) {
        return datesByYear.computeIfAbsent(year, y -> predict(y).stream().map(PredictedHoliday::date)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The five holidays the law fixes on the same day every year: national holidays decree or not. */
    public static List<PredictedHoliday> fixed(int year) {
        return List.of(
                new PredictedHoliday(LocalDate.of(year, 1, 1), "Tahun Baru " + year + " Masehi", FIXED),
                new PredictedHoliday(LocalDate.of(year, 5, 1), "Hari Buruh Internasional", FIXED),
                new PredictedHoliday(LocalDate.of(year, 6, 1), "Hari Lahir Pancasila", FIXED),
                new PredictedHoliday(LocalDate.of(year, 8, 17), "Hari Kemerdekaan RI", FIXED),
                new PredictedHoliday(LocalDate.of(year, 12, 25), "Hari Raya Natal", FIXED));
    }

    /** Whether {@code day} is one of the holidays the law fixes. */
    public static boolean isFixedHoliday(LocalDate day) {
        int month = day.getMonthValue();
        int dayOfMonth = day.getDayOfMonth();
        return dayOfMonth == 1 && (month == 1 || month == 5 || month == 6)
                || month == 8 && dayOfMonth == 17 || month == 12 && dayOfMonth == 25;
    }

    private static List<PredictedHoliday> compute(int year) {
        List<PredictedHoliday> days = new ArrayList<>(fixed(year));
        LocalDate easter = Computus.easterSunday(year);
        days.add(new PredictedHoliday(easter.minusDays(2), "Wafat Yesus Kristus", COMPUTUS + ": Easter - 2 days"));
        days.add(new PredictedHoliday(easter, "Kebangkitan/Paskah Yesus Kristus", COMPUTUS));
        days.add(new PredictedHoliday(easter.plusDays(39), "Kenaikan Yesus Kristus", COMPUTUS + ": Easter + 39 days"));
        days.add(new PredictedHoliday(LunisolarDates.imlek(year), "Tahun Baru Imlek " + (year + 551) + " Kongzili",
                "1st day of the 1st Chinese month (UTC+8, ICU ChineseCalendar)"));
        days.add(new PredictedHoliday(LunisolarDates.nyepi(year),
                "Hari Suci Nyepi (Tahun Baru Saka " + (year - 78) + ")",
                "day after tilem Kesanga: date of the first new moon from 2 March in UTC+8"));
        days.add(new PredictedHoliday(LunisolarDates.waisak(year), "Hari Raya Waisak " + (year + 544) + " BE",
                "first full moon from 6 May (UTC date)"));
        addIslamic(year, days);
        days.sort(Comparator.comparing(PredictedHoliday::date).thenComparing(PredictedHoliday::name));
        return List.copyOf(days);
    }

    private static void addIslamic(int year, List<PredictedHoliday> days) {
        int first = MabimsCalendar.hijriYearOf(LocalDate.of(year, 1, 1)) - 1;
        int last = MabimsCalendar.hijriYearOf(LocalDate.of(year, 12, 31)) + 1;
        for (int hijri = first; hijri <= last; hijri++) {
            addIfIn(year, days, MabimsCalendar.date(hijri, 7, 27), "Isra Mikraj Nabi Muhammad SAW", "27 Rajab");
            LocalDate fitri = MabimsCalendar.date(hijri, 10, 1);
            addIfIn(year, days, fitri, "Idul Fitri " + hijri + " Hijriah", "1 Syawal");
            addIfIn(year, days, fitri.plusDays(1), "Idul Fitri " + hijri + " Hijriah", "2 Syawal");
            addIfIn(year, days, MabimsCalendar.date(hijri, 12, 10), "Idul Adha " + hijri + " Hijriah", "10 Zulhijah");
            addIfIn(year, days, MabimsCalendar.date(hijri, 1, 1), "Tahun Baru Islam " + hijri + " Hijriah",
                    "1 Muharam");
            addIfIn(year, days, MabimsCalendar.date(hijri, 3, 12), "Maulid Nabi Muhammad SAW", "12 Rabiulawal");
        }
    }

    private static void addIfIn(int year, List<PredictedHoliday> days, LocalDate date, String name, String hijriDay) {
        if (Year.of(year).equals(Year.from(date))) {
            days.add(new PredictedHoliday(date, name, hijriDay + ", " + MABIMS));
        }
    }
}
