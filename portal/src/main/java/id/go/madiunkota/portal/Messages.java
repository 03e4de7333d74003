package id.go.madiunkota.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The pages' texts, whole per language: {@code messages/msg.properties} (Indonesian) and {@code msg_en.properties}. */
public final class Messages {

    private static final Map<String, String> INDONESIAN = load("messages/msg.properties");
    private static final Map<String, String> ENGLISH = load("messages/msg_en.properties");

    private Messages() {
    }

    /** Every text of the language ({@code id} or {@code en}). */
    public static Map<String, String> of(String language) {
        return "en".equals(language) ? ENGLISH : INDONESIAN;
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
