package id.go.madiunkota.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role names written as string literals. The compiler copies a constant such as {@code Roles.AUDITOR} into the
 * class file as the literal {@code "auditor"}, so class files cannot tell the two apart: this condition reads the
 * class's source file instead, found beside its class file ({@code target/classes} → {@code src/main/java},
 * {@code target/test-classes} → {@code src/test/java}), comments left out.
 */
final class RoleLiterals {

    /** The realm roles (the values of {@code id.go.madiunkota.common.security.Roles}). */
    static final List<String> ROLE_NAMES = List.of("citizen", "ppid-officer", "ppid-superior", "helpdesk-agent",
            "verifier", "trainer", "admin", "auditor");

    private static final Pattern LITERAL = Pattern.compile("\"(" + String.join("|", ROLE_NAMES) + ")\"");
    private static final Pattern STRINGS_OR_COMMENTS =
            Pattern.compile("'(?:\\\\.|[^'\\\\\\n])'|\"(?:\\\\.|[^\"\\\\\\n])*\"|/\\*.*?\\*/|//[^\\n]*",
                    Pattern.DOTALL);

    private RoleLiterals() {
    }

    static ArchCondition<JavaClass> notBeWritten() {
        return new ArchCondition<>("not write a role name as a string literal") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<Path> source = sourceOf(javaClass);
                if (source.isEmpty()) {
                    return; // from a jar or generated: no source of the service to read
                }
                if (!Files.isRegularFile(source.get())) {
                    events.add(SimpleConditionEvent.violated(javaClass, "the source of " + javaClass.getName()
                            + " was not found at " + source.get() + ", so its role literals cannot be checked"));
                    return;
                }
                String code = withoutComments(read(source.get()));
                String[] lines = code.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher matcher = LITERAL.matcher(lines[i]);
                    while (matcher.find()) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " writes the role "
                                + matcher.group() + " as a literal (" + source.get().getFileName() + ":" + (i + 1)
                                + "): use Roles"));
                    }
                }
            }
        };
    }

    /** The source file beside a class file in {@code target/classes} or {@code target/test-classes}. */
    static Optional<Path> sourceOf(JavaClass javaClass) {
        if (javaClass.getSource().isEmpty() || javaClass.getSource().get().getFileName().isEmpty()) {
            return Optional.empty();
        }
        URI uri = javaClass.getSource().get().getUri();
        if (!"file".equals(uri.getScheme())) {
            return Optional.empty();
        }
        String classFile = Path.of(uri).toString().replace('\\', '/');
        String packagePath = javaClass.getPackageName().replace('.', '/');
        for (String[] dirs : new String[][] {{"/target/classes/", "/src/main/java/"},
                {"/target/test-classes/", "/src/test/java/"}}) {
            int at = classFile.lastIndexOf(dirs[0]);
            if (at >= 0) {
                String module = classFile.substring(0, at);
                return Optional.of(Path.of(module + dirs[1] + packagePath,
                        javaClass.getSource().get().getFileName().get()));
            }
        }
        return Optional.empty();
    }

    /** The code with its comments blanked out (line breaks kept, so line numbers stay true). */
    static String withoutComments(String code) {
        Matcher matcher = STRINGS_OR_COMMENTS.matcher(code);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            String kept = found.startsWith("\"") || found.startsWith("'") ? found : found.replaceAll("[^\\n]", " ");
            matcher.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
