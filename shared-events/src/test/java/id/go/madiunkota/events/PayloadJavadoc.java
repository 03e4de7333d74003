package id.go.madiunkota.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of a payload record, read from its source file: its first sentence and its {@code @param} lines. The
 * schemas take their property descriptions from it, so the Javadoc stays the one place a field is explained.
 *
 * @param firstSentence the first sentence of the type's comment (what {@code @JsonClassDescription} must repeat)
 * @param params each component's {@code @param} text by component name
 */
record PayloadJavadoc(String firstSentence, Map<String, String> params) {

    // The doc comment directly before "public record", with only annotations (no code) between them.
    private static final Pattern TYPE_COMMENT = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/[^;{}]*?public record", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|literal) ([^}]*)}");
    private static final Map<Class<?>, PayloadJavadoc> CACHE = new ConcurrentHashMap<>();

    /** The Javadoc of a record under {@code src/main/java}; fails when its source is not there. */
    static PayloadJavadoc of(Class<?> recordClass) {
        return CACHE.computeIfAbsent(recordClass, PayloadJavadoc::read);
    }

    private static PayloadJavadoc read(Class<?> recordClass) {
        Path source = Path.of(System.getProperty("basedir", "."))
                .resolve("src/main/java")
                .resolve(recordClass.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("No source of " + recordClass.getName() + " at " + source.toAbsolutePath()
                    + ": run from the shared-events directory, or set -Dbasedir to it");
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher comment = TYPE_COMMENT.matcher(text);
        return comment.find() ? parse(comment.group(1)) : new PayloadJavadoc("", Map.of());
    }

    // The text between a doc comment's opening and closing marks: main text until the first tag, then the tags.
    private static PayloadJavadoc parse(String comment) {
        StringBuilder main = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        String param = null;
        boolean inTags = false;
        for (String rawLine : comment.split("\n")) {
            String line = rawLine.strip().replaceFirst("^\\*\\s?", "").strip();
            if (line.startsWith("@param ")) {
                String[] parts = line.substring("@param ".length()).strip().split("\\s+", 2);
                param = parts[0];
                params.put(param, parts.length > 1 ? parts[1] : "");
                inTags = true;
            } else if (line.startsWith("@")) {
                param = null;
                inTags = true;
            } else if (line.isEmpty()) {
                param = null;
            } else if (param != null) {
                params.merge(param, line, (before, more) -> before + " " + more);
            } else if (!inTags) {
                main.append(main.isEmpty() ? "" : " ").append(line);
            }
        }
        params.replaceAll((name, doc) -> plain(doc));
        return new PayloadJavadoc(firstSentence(plain(main.toString())), Map.copyOf(params));
    }

    private static String firstSentence(String text) {
        Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static String plain(String javadoc) {
        return INLINE_TAG.matcher(javadoc).replaceAll("$1").strip();
    }
}
