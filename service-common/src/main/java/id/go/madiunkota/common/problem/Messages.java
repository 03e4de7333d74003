package id.go.madiunkota.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
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
        return headers == null ? INDONESIAN : AcceptLanguage.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The message for {@code key}, or the key itself when no bundle has it (never fails an error answer). */
    public String text(Locale locale, String key, Object... args) {
        Locale bundleLocale = Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
        for (String name : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK).getString(key);
                // Arguments are shown as they are (ids, numbers, dates): no locale grouping such as 9,999.
                Object[] shown = java.util.Arrays.stream(args).map(String::valueOf).toArray();
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(shown);
            } catch (MissingResourceException e) {
                // not in this bundle: try the next one
            }
        }
        return key;
    }
}
