package id.go.madiunkota.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts a person reads, in Bahasa Indonesia (the default) or English, chosen from the request's Accept-Language.
 * A key is looked up first in the service's own bundle {@code messages/service.properties} (Indonesian) /
 * {@code messages/service_en.properties}, then in the shared {@code messages/common*.properties} of this module.
 */
@ApplicationScoped
public class Messages {

    /** Bahasa Indonesia, the office's language and the default. */
    public static final Locale INDONESIAN = Locale.of("id");

    private static final List<String> BUNDLES = List.of("messages.service", "messages.common");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The language to answer in: English only when the caller prefers it over Indonesian. A malformed
     * {@code Accept-Language} counts as none (see {@link AcceptLanguage}): an error answer must never fail on it.
     */
    public Locale localeOf(HttpHeaders headers) {
        return headers == null ? INDONESIAN
                : AcceptLanguage.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The message for {@code key}, or the key itself when no bundle has it (never fails an error answer). */
    public String text(Locale locale, String key, Object... args) {
        String pattern = lookUp(locale, key);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // Arguments are shown as they are (ids, numbers, dates): no locale grouping such as 9,999. An enum constant is
        // shown as a word of the language, never as its code.
        Object[] shown = Arrays.stream(args)
                .map(arg -> arg instanceof Enum<?> constant ? word(locale, constant) : String.valueOf(arg))
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * An enum constant as a word of the language, from the catalogue key {@code enum.<EnumSimpleName>.<CONSTANT>}
     * (e.g. {@code enum.RequestStatus.EXTENDED=diperpanjang}). Enum arguments of {@link #text} are rendered this way.
     * A constant without its word comes back as its code (the catalogue audit of service-testing finds the gap).
     */
    public static String word(Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String word = lookUp(locale, key);
        return word == null ? value.name() : word;
    }

    /** The pattern for {@code key} in the first bundle that has it, or null. */
    private static String lookUp(Locale locale, String key) {
        Locale bundleLocale = Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
        for (String name : BUNDLES) {
            try {
                return ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                // not in this bundle: try the next one
            }
        }
        return null;
    }
}
