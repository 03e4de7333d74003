package id.go.madiunkota.common.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as an Indonesian letter writes them ("30 November 2026", "Senin, 30 November 2026", "14.05 WIB"), whatever
 * locale data the JVM carries.
 */
public final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private IndonesianDates() {
    }

    /** "30 November 2026"; empty for null. */
    public static String date(LocalDate day) {
        return day == null ? "" : day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /** "Senin, 30 November 2026"; empty for null. */
    public static String dayAndDate(LocalDate day) {
        return day == null ? "" : DAYS[day.getDayOfWeek().getValue() - 1] + ", " + date(day);
    }

    /** "30 November 2026 pukul 14.05 WIB" in {@code zone}; empty for null. */
    public static String dateTime(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone);
        return date(local.toLocalDate()) + " pukul " + time(at, zone);
    }

    /** "14.05 WIB" in {@code zone} (WIB, WITA or WIT after the Indonesian zones; the zone's id otherwise). */
    public static String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone);
        return String.format("%02d.%02d %s", local.getHour(), local.getMinute(), zoneName(zone));
    }

    private static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }
}
