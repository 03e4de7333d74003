package id.go.madiunkota.common.problem;

import java.util.Locale;

/**
 * Reads an {@code Accept-Language} header tolerantly (RFC 9110 §12.5.4): the language with the highest weight among
 * those the suite speaks wins, ties going to the one named first. Whatever cannot be read — a weight such as
 * {@code q=abc}, {@code q=2} or {@code q=0.5x}, a malformed tag, a header longer than {@link #MAX_LENGTH} — counts as
 * not said, so the answer falls back to Bahasa Indonesia instead of failing. Never throws.
 */
public final class AcceptLanguage {

    /** Headers longer than this are not read at all (no client needs more to name a few languages). */
    public static final int MAX_LENGTH = 1000;

    private static final int MAX_ENTRIES = 50;

    private AcceptLanguage() {
    }

    /** English when the header prefers it over Indonesian, Indonesian otherwise (also for null or garbage). */
    public static Locale choose(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
            return Messages.INDONESIAN;
        }
        Locale best = Messages.INDONESIAN;
        double bestWeight = 0;
        String[] entries = header.split(",", MAX_ENTRIES + 1);
        for (int i = 0; i < Math.min(entries.length, MAX_ENTRIES); i++) {
            String[] parts = entries[i].split(";", -1);
            Locale locale = spoken(parts[0].strip());
            double weight = weight(parts);
            if (locale != null && weight > bestWeight) {
                best = locale;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The suite's language a tag such as {@code en-US} or {@code id} names, or null. */
    private static Locale spoken(String tag) {
        if (!tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        String language = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (language) {
            case "en" -> Locale.ENGLISH;
            case "id", "in" -> Messages.INDONESIAN;
            default -> null;
        };
    }

    /** The weight of an entry: 1 without {@code q}, the value of a well-formed {@code q}, -1 for anything else. */
    private static double weight(String[] parts) {
        if (parts.length > 2) {
            return -1; // a language range takes one weight and nothing else
        }
        double weight = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() < 2 || !parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                return -1;
            }
            String value = parameter.substring(2);
            // RFC 9110: "0" [ "." 0*3DIGIT ] / "1" [ "." 0*3("0") ]
            if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                return -1;
            }
            weight = Double.parseDouble(value);
        }
        return weight;
    }
}
