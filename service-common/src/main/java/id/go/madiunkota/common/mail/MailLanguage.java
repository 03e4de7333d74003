package id.go.madiunkota.common.mail;

import id.go.madiunkota.common.problem.AcceptLanguage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language a person is written to in: {@code id} (Bahasa Indonesia, the default) or {@code en}, stored with the
 * record that a mail is about, and the dates of a mail as that language writes them.
 */
public final class MailLanguage {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private MailLanguage() {
    }

    /** {@code en} when the submission's {@code Accept-Language} prefers English, {@code id} otherwise. */
    public static String fromAcceptLanguage(String header) {
        return Locale.ENGLISH.equals(AcceptLanguage.choose(header)) ? ENGLISH : INDONESIAN;
    }

    /** A stored language, {@code id} for anything but {@code en} (rows from before languages were kept). */
    public static String of(String stored) {
        return ENGLISH.equals(stored) ? ENGLISH : INDONESIAN;
    }

    /** {@code 14 Desember 2026} or {@code 14 December 2026}. */
    public static String date(LocalDate day, String language) {
        return day == null ? "" : (ENGLISH.equals(language) ? EN_DATE : ID_DATE).format(day);
    }
}
