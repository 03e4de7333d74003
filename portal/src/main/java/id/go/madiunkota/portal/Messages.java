package id.go.madiunkota.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' texts, whole per language: {@code messages/msg.properties} (Indonesian) and {@code msg_en.properties} for
 * the site, and one bundle per area of the site ({@code messages/ppid.properties}, {@code ppid_en.properties}, …)
 * whose keys start with the area's name. Every bundle is read at start; a key in two bundles is an error.
 */
public final class Messages {

    /** The bundles, site first; an area without texts yet is skipped. */
    static final List<String> BUNDLES = List.of("msg", "ppid", "helpdesk", "verification", "training", "account",
            "office");

    private static final Map<String, String> INDONESIAN = loadAll("");
    private static final Map<String, String> ENGLISH = loadAll("_en");

    private Messages() {
    }

    /** Every text of the language ({@code id} or {@code en}). */
    public static Map<String, String> of(String language) {
        return "en".equals(language) ? ENGLISH : INDONESIAN;
    }

    private static Map<String, String> loadAll(String suffix) {
        Map<String, String> all = new HashMap<>();
        for (String bundle : BUNDLES) {
            String resource = "messages/" + bundle + suffix + ".properties";
            if (!"msg".equals(bundle) && Messages.class.getClassLoader().getResource(resource) == null) {
                continue;
            }
            load(resource).forEach((key, text) -> {
                if (all.putIfAbsent(key, text) != null) {
                    throw new IllegalStateException("the text " + key + " is in two bundles, the second " + resource);
                }
            });
        }
        return Map.copyOf(all);
    }

    static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Map.copyOf(texts);
    }
}
