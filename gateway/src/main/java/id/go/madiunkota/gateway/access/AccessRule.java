package id.go.madiunkota.gateway.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of the access table: which method and path, and who may call it.
 *
 * @param method an HTTP method, or {@code *} for any
 * @param pattern the path's segments; {@code *} matches one segment, {@code **} (last only) any rest
 * @param who {@link #ANONYMOUS}, {@link #AUTHENTICATED}, or the realm roles of which a caller needs one
 * @param line the line number in the table, for messages
 * @param upload the line ends with {@link #UPLOAD}: a multipart body may be as large as a document (see
 *     {@code madiun.gateway.upload-max-body-bytes}), not only {@code max-body-bytes}
 */
public record AccessRule(String method, List<String> pattern, Set<String> who, int line, boolean upload) {

    /** No token needed. */
    public static final String ANONYMOUS = "anonymous";

    /** Any valid token. */
    public static final String AUTHENTICATED = "authenticated";

    /** The optional fourth word of a line that takes a document upload. */
    public static final String UPLOAD = "upload";

    /** Parses {@code METHOD PATH WHO [upload]}. */
    static AccessRule parse(String text, int line) {
        String[] parts = text.trim().split("\\s+");
        boolean upload = parts.length == 4 && UPLOAD.equals(parts[3]);
        if ((parts.length != 3 && !upload) || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Access table line %d: expected METHOD PATH WHO [upload], got '%s'"
                    .formatted(line, text.trim()));
        }
        List<String> pattern = segments(parts[1]);
        int rest = pattern.indexOf("**");
        if (rest >= 0 && rest != pattern.size() - 1) {
            throw new IllegalArgumentException("Access table line %d: ** may only end a path".formatted(line));
        }
        Set<String> who = Set.of(parts[2].split(","));
        if (who.size() > 1 && (who.contains(ANONYMOUS) || who.contains(AUTHENTICATED))) {
            throw new IllegalArgumentException("Access table line %d: anonymous and authenticated stand alone"
                    .formatted(line));
        }
        return new AccessRule(parts[0].toUpperCase(Locale.ROOT), pattern, who, line, upload);
    }

    /** True when this line is about {@code method} on {@code path}. */
    public boolean matches(String method, List<String> path) {
        if (!"*".equals(this.method) && !this.method.equals(method)) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if ("**".equals(segment)) {
                return path.size() > i;
            }
            if (i >= path.size() || !("*".equals(segment) || segment.equals(path.get(i)))) {
                return false;
            }
        }
        return path.size() == pattern.size();
    }

    /** True when a caller needs no token here. */
    public boolean anonymous() {
        return who.contains(ANONYMOUS);
    }

    /** True when a caller with these roles (and a valid token) may call. */
    public boolean admits(Set<String> roles) {
        return anonymous() || who.contains(AUTHENTICATED) || roles.stream().anyMatch(who::contains);
    }

    /**
     * The route template of a request this line matched, for metric labels and the access log: the service's name in
     * place of a {@code *} right after {@code /api}, {@code {id}} for any other {@code *} and {@code {rest}} for
     * {@code **}; so no id, tracking code or date of the request appears in it.
     */
    public String template(List<String> path) {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            template.append('/').append(switch (segment) {
                case "**" -> "{rest}";
                case "*" -> i == 1 && path.size() > 1 ? path.get(1) : "{id}";
                default -> segment;
            });
        }
        return template.toString();
    }

    /** The non-empty segments of a path. */
    public static List<String> segments(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
