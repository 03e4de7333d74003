package id.go.madiunkota.e2e.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/** The hostile values the variants are made of, each under the name the failure table shows. */
public final class HostileValues {

    /** A 4-byte UTF-8 character (one emoji, two UTF-16 units). */
    public static final String EMOJI = "\uD83D\uDE00";
    /** Right-to-left override, Arabic and Hebrew letters, a pop-directional mark and a zero-width joiner. */
    public static final String RTL = "\u202Egnp.exe\u202C \u0645\u0631\u062D\u0628\u0627 "
            + "\u05E9\u05DC\u05D5\u05DD\u200D";
    /** The largest and the smallest date {@code java.time.LocalDate} can hold, and an impossible one. */
    public static final String MAX_DATE = "+999999999-12-31";
    public static final String MIN_DATE_TIME = "-999999999-01-01T00:00:00+18:00";
    public static final String MAX_DATE_TIME = "+999999999-12-31T23:59:59.999999999-18:00";
    public static final String NO_SUCH_DATE = "2026-02-30";
    /** A number past every Java integer type, and one past {@code double}. */
    public static final String HUGE_INTEGER = "99999999999999999999";
    public static final String HUGE_DOUBLE = "1e400";

    private HostileValues() {
    }

    /** {@code n} times {@code text}. */
    public static String repeat(String text, int n) {
        return text.repeat(Math.max(0, n));
    }

    /**
     * Values for a path segment or a query parameter, raw (the caller percent-encodes them, except where the name
     * says the value is sent as it stands).
     */
    public static Map<String, String> forUrl() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "a\u0000b");
        values.put("dot-dot", "..");
        values.put("long 2000", repeat("A", 2000));
        values.put("emoji and RTL", EMOJI + RTL);
        values.put("max date", MAX_DATE);
        values.put("min date-time", MIN_DATE_TIME);
        values.put("negative", "-1");
        values.put("huge number", HUGE_INTEGER);
        values.put("1e400", HUGE_DOUBLE);
        values.put("malformed UUID", "123e4567-e89b-12d3-a456-42661417400Z");
        values.put("control characters", "\u0007\u001b[31m\r\nX-Injected: 1");
        values.put("quote and SQL", "' OR '1'='1' --");
        return values;
    }
}
