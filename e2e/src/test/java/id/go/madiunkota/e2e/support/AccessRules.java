package id.go.madiunkota.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The gateway's authorisation table, read from {@code gateway/src/main/resources/access-rules.txt} itself, so that the
 * route × role matrix follows the table as it changes. Format (see the file's header): {@code METHOD PATH WHO} per
 * line, first match decides, {@code *} one path segment, {@code **} (last only) any rest; WHO is {@code anonymous},
 * {@code authenticated} or a comma-separated list of realm roles.
 */
public final class AccessRules {

    /** The table, relative to the e2e module (Maven runs tests in the module's folder). */
    public static final Path FILE = Path.of("..", "gateway", "src", "main", "resources", "access-rules.txt");

    /** What a {@code /api/*}{@code /...} line stands for: each service behind the gateway. */
    public static final List<String> SERVICES = List.of("ppid", "helpdesk", "verification", "training");

    /** What {@code **} becomes in a concrete path (the one such line is the ppid calendar). */
    public static final String ANY_REST = "working-days?from=2026-03-13&add=10";

    /** One line of the table. */
    public record Rule(int lineNumber, String method, String path, String who) {

        /** Whether this line matches the method and the path (query string ignored). */
        public boolean matches(String requestMethod, String requestPath) {
            if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
                return false;
            }
            int query = requestPath.indexOf('?');
            String[] actual = (query < 0 ? requestPath : requestPath.substring(0, query)).split("/", -1);
            String[] pattern = path.split("/", -1);
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i].equals("**") && i == pattern.length - 1) {
                    return actual.length > i && !actual[i].isEmpty();
                }
                boolean segmentMatches = i < actual.length
                        && (pattern[i].equals("*") ? !actual[i].isEmpty() : pattern[i].equals(actual[i]));
                if (!segmentMatches) {
                    return false;
                }
            }
            return actual.length == pattern.length;
        }

        /** Whether a caller is let through: {@code roles} null for no token, else the token's realm roles. */
        public boolean admits(Collection<String> roles) {
            if (who.equals("anonymous")) {
                return true;
            }
            if (roles == null) {
                return false;
            }
            if (who.equals("authenticated")) {
                return true;
            }
            return roles.stream().anyMatch(Set.of(who.split(","))::contains);
        }

        /**
         * The concrete paths that exercise this line: {@code /api/*}{@code /...} once per service, every other
         * {@code *} a random UUID, {@code **} {@link #ANY_REST}.
         */
        public List<String> concretePaths() {
            Set<String> paths = new LinkedHashSet<>();
            if (path.startsWith("/api/*/")) {
                for (String service : SERVICES) {
                    paths.add(fill("/api/" + service + path.substring("/api/*".length())));
                }
            } else {
                paths.add(fill(path));
            }
            return List.copyOf(paths);
        }

        private static String fill(String pattern) {
            StringBuilder out = new StringBuilder();
            for (String segment : pattern.substring(1).split("/", -1)) {
                out.append('/').append(switch (segment) {
                    case "*" -> UUID.randomUUID().toString();
                    case "**" -> ANY_REST;
                    default -> segment;
                });
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return "line " + lineNumber + ": " + method + " " + path + " " + who;
        }
    }

    private AccessRules() {
    }

    /** Every rule of the table, in its order. */
    public static List<Rule> load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway's table " + FILE.toAbsolutePath(), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            // a fourth word "upload" marks a document upload route (the gateway's larger body limit), no access rule
            if (fields.length != 3 && !(fields.length == 4 && fields[3].equals("upload"))) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + " is not METHOD PATH WHO [upload]: "
                        + line);
            }
            rules.add(new Rule(i + 1, fields[0], fields[1], fields[2]));
        }
        return rules;
    }

    /** The line that decides a request: the first that matches, or null when none does (the gateway refuses). */
    public static Rule deciding(List<Rule> rules, String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst().orElse(null);
    }
}
