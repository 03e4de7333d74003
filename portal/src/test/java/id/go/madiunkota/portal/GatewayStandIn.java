package id.go.madiunkota.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the gateway, on a free port of its own: {@code GET /api/{service}/standard} answers the JSON in
 * {@code standards/{service}.json}, shaped exactly like the services' {@code StandardView} (the seeded standards with
 * the answer's version, targets and publication time; ppid's with a decree number). A test can make it fail
 * ({@link #mode}): 500 problems, a connection closed without an answer, or JSON that is no standard; or make one
 * service fail alone ({@link #failing}).
 */
public class GatewayStandIn implements QuarkusTestResourceLifecycleManager {

    /** How the stand-in answers. */
    public enum Mode { OK, FAIL, BROKEN, GARBAGE }

    private static final Pattern STANDARD = Pattern.compile("/api/([a-z]+)/standard");
    private static volatile Mode mode = Mode.OK;
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Map<String, Canned> CANNED = new ConcurrentHashMap<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** An answer a test gave for {@code METHOD path}. */
    public record Canned(int status, String json, Map<String, String> headers) {
    }

    /** A call the stand-in received: method, path with query, headers asked about, and the body sent. */
    public record Received(String method, String path, String language, String authorization, String trackingCode,
            String idempotencyKey, String body) {
    }

    /**
     * From now on, {@code METHOD path} (the path with its query, as sent) answers this JSON with this status; a
     * status of 400 and above is sent as problem+json.
     */
    public static void on(String method, String path, int status, String json) {
        on(method, path, status, json, Map.of());
    }

    /** The same, with headers (a Location). */
    public static void on(String method, String path, int status, String json, Map<String, String> headers) {
        CANNED.put(method + " " + normalised(path), new Canned(status, json, headers));
    }

    /** The path with its query parameters in the order of their names: the order they are sent in does not matter. */
    static String normalised(String pathWithQuery) {
        int mark = pathWithQuery.indexOf('?');
        if (mark < 0) {
            return pathWithQuery;
        }
        return pathWithQuery.substring(0, mark + 1) + java.util.Arrays.stream(pathWithQuery.substring(mark + 1)
                .split("&")).sorted().collect(java.util.stream.Collectors.joining("&"));
    }

    /** Every call received, with its body. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    /** From now on, every answer in this mode. */
    public static void mode(Mode newMode) {
        mode = newMode;
    }

    /** From now on, the standard of these services (gateway keys) answers 500; none when empty. */
    public static void failing(String... services) {
        FAILING.clear();
        FAILING.addAll(List.of(services));
    }

    /** Back to answering everything; no canned answers, nothing received. */
    public static void reset() {
        mode = Mode.OK;
        FAILING.clear();
        CANNED.clear();
        RECEIVED.clear();
    }

    /** Every request so far: method, path and Accept-Language. */
    public static List<String> requests() {
        return List.copyOf(REQUESTS);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("madiun.portal.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Accept-Language"));
        Matcher standard = STANDARD.matcher(path);
        String query = exchange.getRequestURI().getRawQuery();
        String full = query == null ? path : path + "?" + query;
        String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(new Received(exchange.getRequestMethod(), full,
                exchange.getRequestHeaders().getFirst("Accept-Language"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Tracking-Code"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), sent));
        Canned canned = CANNED.get(exchange.getRequestMethod() + " " + normalised(full));
        if (mode == Mode.OK && canned != null) {
            canned.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            // a canned Content-Type (a PDF letter) stays; else JSON, or problem+json for an error
            send(exchange, canned.status(), canned.headers().getOrDefault("Content-Type",
                    canned.status() >= 400 ? "application/problem+json" : "application/json"), canned.json());
            return;
        }
        if (mode == Mode.BROKEN) {
            exchange.close();
            return;
        }
        if (mode == Mode.FAIL || standard.matches() && FAILING.contains(standard.group(1))) {
            send(exchange, 500, "application/problem+json", "{\"title\":\"Internal error\",\"status\":500}");
            return;
        }
        if (mode == Mode.GARBAGE) {
            send(exchange, 200, "application/json", "[\"this is no standard\"");
            return;
        }
        InputStream body = standard.matches()
                ? getClass().getClassLoader().getResourceAsStream("standards/" + standard.group(1) + ".json")
                : null;
        if (!"GET".equals(exchange.getRequestMethod()) || body == null) {
            send(exchange, 404, "application/problem+json", "{\"title\":\"Not found\",\"status\":404}");
            return;
        }
        try (body) {
            send(exchange, 200, "application/json", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
