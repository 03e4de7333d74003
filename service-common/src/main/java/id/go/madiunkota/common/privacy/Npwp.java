package id.go.madiunkota.common.privacy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An NPWP (Nomor Pokok Wajib Pajak), the taxpayer number: the old 15 digits, also written {@code 99.999.999.9-999.999},
 * or the 16 digits used since 2024 (PMK 112/2022), which for a resident person is their NIK and for anyone else the
 * old number with a leading 0. Kept as digits only. {@link #toString()} and JSON show only the masked form.
 *
 * @param value the 15 or 16 digits, without separators
 */
public record Npwp(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{15}|\\d{16}");
    private static final Pattern OLD_WRITTEN = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}");

    /** Accepts the digits or the old written form, and keeps the digits. */
    public Npwp {
        String digits = normalise(value);
        if (digits == null) {
            // Never the number itself: exception messages end up in logs.
            throw new IllegalArgumentException("Not a valid NPWP");
        }
        value = digits;
    }

    /** Whether {@code text} is a valid NPWP: 15 or 16 digits, or the old written form {@code 99.999.999.9-999.999}. */
    public static boolean isValid(String text) {
        return normalise(text) != null;
    }

    /** The first 2 and last 3 digits, the rest starred: {@code 01**********000}. */
    @JsonValue
    public String masked() {
        return value.substring(0, 2) + "*".repeat(value.length() - 5) + value.substring(value.length() - 3);
    }

    /** The masked form: an NPWP never appears whole in a log line. */
    @Override
    public String toString() {
        return masked();
    }

    /** The digits of a valid NPWP, or null. */
    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String digits;
        if (DIGITS.matcher(text).matches()) {
            digits = text;
        } else if (OLD_WRITTEN.matcher(text).matches()) {
            digits = text.replace(".", "").replace("-", "");
        } else {
            return null;
        }
        if (digits.chars().allMatch(c -> c == '0')) {
            return null;
        }
        // 16 digits: a NIK, or 0 followed by an old 15-digit number.
        boolean valid = digits.length() == 15 || digits.charAt(0) == '0' || Nik.isValid(digits);
        return valid ? digits : null;
    }
}
