package id.go.madiunkota.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check of a page in the browser: axe-core (the {@code axe.min.js} of Maven artifact
 * {@code com.deque.html.axe-core:selenium}, version pinned in the root pom) injected into the page and run with the
 * rules tagged WCAG 2.0/2.1 level A and AA. A violation of impact serious or critical is a failure; moderate and minor
 * ones are notes, printed but not failing.
 */
public final class Axe {

    /** The rule tags run: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();

    private Axe() {
    }

    /**
     * What axe found on the page now shown: each failure and note one readable line per element, such as
     * {@code color-contrast (serious) at [".button"]: Elements must meet minimum color contrast ratio thresholds —
     * Fix any of the following: ...}.
     */
    public record Result(List<String> failures, List<String> notes) {
    }

    /** Runs axe on the page the browser shows. */
    public static Result check(JavascriptExecutor page) {
        Object loaded = page.executeScript("return typeof window.axe === 'object'");
        if (!Boolean.TRUE.equals(loaded)) {
            page.executeScript(SOURCE);
        }
        String tags = TAGS.stream().map(t -> "'" + t + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: [%s]}, resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done('ERROR ' + e));
                """.formatted(tags));
        String json = String.valueOf(answer);
        if (json.startsWith("ERROR ")) {
            throw new IllegalStateException("axe could not run on the page: " + json);
        }
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(json)) {
                for (JsonNode node : violation.path("nodes")) {
                    String impact = node.path("impact").asText(violation.path("impact").asText("unknown"));
                    String line = "%s (%s) at %s: %s — %s [%s]".formatted(violation.path("id").asText(), impact,
                            node.path("target"), violation.path("help").asText(),
                            node.path("failureSummary").asText("").replaceAll(":\\s*\\n\\s*", ": ")
                                    .replaceAll("\\s*\\n\\s*", "; "),
                            violation.path("helpUrl").asText());
                    (FAILING.contains(impact) ? failures : notes).add("  " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("axe gave no JSON: " + json, e);
        }
        return new Result(failures, notes);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path "
                        + "(dependency com.deque.html.axe-core:selenium of the e2e module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
