package id.go.madiunkota.common.privacy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A NIK (Nomor Induk Kependudukan), the 16-digit number of an Indonesian resident's KTP: province (2 digits), city or
 * regency (2), district (2), birth date as DDMMYY with 40 added to the day for women (2+2+2), and a serial (4).
 * Constructing one checks all of that; {@link #toString()} and JSON show only the masked form, so that a NIK does not
 * reach logs, events or answers by accident ({@link #value()} is the full number, for encryption and hashing).
 *
 * @param value the 16 digits
 */
public record Nik(String value) {

    /**
     * Province codes of the Ministry of Home Affairs (Kemendagri) that begin a NIK: 11 Aceh, 12 Sumatera Utara, 13
     * Sumatera Barat, 14 Riau, 15 Jambi, 16 Sumatera Selatan, 17 Bengkulu, 18 Lampung, 19 Kepulauan Bangka Belitung,
     * 21 Kepulauan Riau, 31 DKI Jakarta, 32 Jawa Barat, 33 Jawa Tengah, 34 DI Yogyakarta, 35 Jawa Timur (Madiun:
     * 3577), 36 Banten, 51 Bali, 52 Nusa Tenggara Barat, 53 Nusa Tenggara Timur, 61 Kalimantan Barat, 62 Kalimantan
     * Tengah, 63 Kalimantan Selatan, 64 Kalimantan Timur, 65 Kalimantan Utara, 71 Sulawesi Utara, 72 Sulawesi Tengah,
     * 73 Sulawesi Selatan, 74 Sulawesi Tenggara, 75 Gorontalo, 76 Sulawesi Barat, 81 Maluku, 82 Maluku Utara, 91 Papua,
     * 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya (the 38 provinces
     * since 2022). 97 is not assigned.
     */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    private static final int LENGTH = 16;
    private static final int WOMEN_DAY_OFFSET = 40;

    public Nik {
        if (!isValid(value)) {
            // Never the number itself: exception messages end up in logs.
            throw new IllegalArgumentException("Not a valid NIK");
        }
    }

    /** Whether {@code text} is a valid NIK, exactly 16 digits with nothing around them. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return PROVINCES.contains(text.substring(0, 2))
                && !text.startsWith("00", 2)
                && !text.startsWith("00", 4)
                && isBirthDate(text.substring(6, 12))
                && !text.endsWith("0000");
    }

    /** The first 4 and last 4 digits, the rest starred: {@code 3577********0001}. */
    @JsonValue
    public String masked() {
        return value.substring(0, 4) + "*".repeat(LENGTH - 8) + value.substring(LENGTH - 4);
    }

    /** The masked form: a NIK never appears whole in a log line. */
    @Override
    public String toString() {
        return masked();
    }

    // DDMMYY with DD + 40 for women; the century is unknown, so 29 February passes if 19YY or 20YY was a leap year.
    private static boolean isBirthDate(String ddmmyy) {
        int day = Integer.parseInt(ddmmyy.substring(0, 2));
        int month = Integer.parseInt(ddmmyy.substring(2, 4));
        int year = Integer.parseInt(ddmmyy.substring(4, 6));
        if (day > WOMEN_DAY_OFFSET) {
            day -= WOMEN_DAY_OFFSET;
        }
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
