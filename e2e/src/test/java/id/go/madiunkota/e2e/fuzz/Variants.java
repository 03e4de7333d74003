package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.madiunkota.e2e.fuzz.Operation.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The hostile variants of one operation, each a valid base request with one thing made hostile: a path parameter, a
 * query parameter (declared, unknown or repeated), a header (Accept-Language, Idempotency-Key, very long ones,
 * forwarding), the path's spelling, the Content-Type, or the body ({@link BodyVariants}). Deterministic for a given
 * {@link Random}.
 */
public final class Variants {

    /** Path spellings around the operation's own path (a suffix on its last segment or a slash doubled). */
    private static final List<Map.Entry<String, String>> PATH_TRICKS = List.of(
            Map.entry("path: matrix parameter", ";jsessionid=%00"),
            Map.entry("path: trailing encoded dot-dot", "/%2e%2e"),
            Map.entry("path: encoded slash", "%2F..%2F..%2Fq%2Fhealth"),
            Map.entry("path: trailing slash", "/"));

    private final Operation op;
    private final Random random;
    private final Map<String, String> basePath = new LinkedHashMap<>();
    private final List<String> baseQuery = new ArrayList<>();
    private final List<Variant> out = new ArrayList<>();

    private Variants(Operation op, Random random) {
        this.op = op;
        this.random = random;
        for (Parameter p : op.in("path")) {
            basePath.put(p.name(), encode(pathValue(p)));
        }
        for (Parameter p : op.in("query")) {
            if (p.required()) {
                baseQuery.add(encode(p.name()) + "=" + encode(text(p.example())));
            }
        }
    }

    /** Every hostile variant of {@code op}. */
    public static List<Variant> of(Operation op, Random random) {
        Variants variants = new Variants(op, random);
        variants.pathParameters();
        variants.pathTricks();
        variants.queryParameters();
        variants.headers();
        if (op.body() != null) {
            BodyVariants.of(op, variants::withBody);
        } else {
            variants.unexpectedBodies();
        }
        return List.copyOf(variants.out);
    }

    private void pathParameters() {
        for (Parameter p : op.in("path")) {
            HostileValues.forUrl().forEach((name, value) -> add("path " + p.name() + ": " + name,
                    path(p.name(), encode(value)), baseQuery, Map.of(), null));
            add("path " + p.name() + ": encoded dot-dot", path(p.name(), "%2e%2e"), baseQuery, Map.of(), null);
            add("path " + p.name() + ": encoded slash", path(p.name(), "a%2Fb"), baseQuery, Map.of(), null);
            add("path " + p.name() + ": empty", path(p.name(), ""), baseQuery, Map.of(), null);
        }
    }

    private void pathTricks() {
        PATH_TRICKS.forEach(trick -> add(trick.getKey(), path(null, null) + trick.getValue(), baseQuery, Map.of(),
                null));
    }

    private void queryParameters() {
        for (Parameter p : op.in("query")) {
            Map<String, String> values = new LinkedHashMap<>(HostileValues.forUrl());
            values.remove("dot-dot");
            values.remove("control characters");
            values.put("wrong type", Examples.type(p.schema()).equals("string") ? "[]" : "abc");
            values.forEach((name, value) -> add("query " + p.name() + ": " + name, path(null, null),
                    with(encode(p.name()) + "=" + encode(value)), Map.of(), null));
            add("query " + p.name() + ": repeated", path(null, null),
                    with(encode(p.name()) + "=" + encode(text(p.example())), encode(p.name()) + "=%00"), Map.of(),
                    null);
        }
        add("query: unknown with NUL", path(null, null), with("fuzz=%00"), Map.of(), null);
        add("query: unknown repeated", path(null, null), with("fuzz=1", "fuzz=" + encode(HostileValues.RTL)),
                Map.of(), null);
        add("query: empty names", path(null, null), with("=x", "&", "=", "%00=%00"), Map.of(), null);
        add("query: long name", path(null, null), with(HostileValues.repeat("n", 2000) + "=1"), Map.of(), null);
    }

    private void headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language: en;q=abc", "Accept-Language=en;q=abc");
        headers.put("Accept-Language: id;q=2", "Accept-Language=id;q=2");
        headers.put("Accept-Language: *;q=0.5x", "Accept-Language=*;q=0.5x");
        headers.put("header of 8 kB", "X-Fuzz=" + HostileValues.repeat("h", 8 * 1024));
        headers.put("header of 32 kB (past the HTTP layer's limit)", "X-Fuzz=" + HostileValues.repeat("h", 32 * 1024));
        headers.put("Idempotency-Key: 300 characters", "Idempotency-Key=" + HostileValues.repeat("k", 300));
        headers.put("Idempotency-Key: tabs and quotes", "Idempotency-Key=key\t\"with\";,tabs");
        headers.put("Accept: application/xml", "Accept=application/xml");
        headers.put("X-Request-Id of 1000 characters", "X-Request-Id=" + HostileValues.repeat("r", 1000));
        headers.put("X-Forwarded-For: garbage", "X-Forwarded-For=999.999.999.999, ::g, , unknown");
        headers.put("Forwarded: broken", "Forwarded=for=\"[::1;proto=gopher;by");
        JsonNode body = op.body() == null ? null : BodyVariants.base(op);
        headers.forEach((name, header) -> {
            int eq = header.indexOf('=');
            Map<String, String> h = new LinkedHashMap<>();
            h.put(header.substring(0, eq), header.substring(eq + 1));
            if (body != null) {
                h.put("Content-Type", "application/json");
            }
            add(name, path(null, null), baseQuery, h, body == null ? null : BodyVariants.bytes(body.toString()));
        });
    }

    private void unexpectedBodies() {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        add("unexpected body: truncated JSON", path(null, null), baseQuery, json, BodyVariants.bytes("{\"a\":[1,"));
        add("unexpected body: deep nesting", path(null, null), baseQuery, json,
                BodyVariants.bytes(BodyVariants.deepArrays(10_000)));
    }

    /** Adds a variant with the base path and query and {@code body} under {@code contentType} (null: none). */
    private void withBody(String name, String contentType, byte[] body) {
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        add(name, path(null, null), baseQuery, headers, body);
    }

    private void add(String name, String path, List<String> query, Map<String, String> headers, byte[] body) {
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        out.add(new Variant(op, name, op.method(), target, headers, body));
    }

    private List<String> with(String... extra) {
        List<String> query = new ArrayList<>(baseQuery);
        query.addAll(List.of(extra));
        return query;
    }

    /** The path with every parameter at its base value, except {@code name} (if not null) set to {@code raw}. */
    private String path(String name, String raw) {
        String path = op.path();
        for (Map.Entry<String, String> p : basePath.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getKey().equals(name) ? raw : p.getValue());
        }
        return path;
    }

    private String pathValue(Parameter p) {
        if ("uuid".equals(p.schema().path("format").asText())) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        return text(p.example());
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "x" : value.isTextual() ? value.asText() : value.toString();
    }

    /** Percent-encodes every byte of the UTF-8 form except the unreserved characters of RFC 3986. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
