package id.go.madiunkota.gateway;

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

/**
 * A stand-in for the ppid service behind the gateway (the gateway is what is tested): it answers every request with a
 * JSON echo of the method, path, query, body and the headers the gateway passed on; a path ending in {@code /slow}
 * answers only after 4 s; a request with the header {@code X-Stub-Links} is answered with {@code Location} and
 * {@code Content-Location} naming the stub's own address, as a service names itself. A test may stop it and start it
 * again on the same port, as a service that goes down and comes back. It counts the requests that reach it
 * ({@link #hits()}), so a test can tell a call the gateway forwarded from one it answered itself.
 */
public class StubService implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;
    private static int port;
    private static final java.util.concurrent.atomic.AtomicInteger HITS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** How many requests have reached the stand-in since the tests began. */
    public static int hits() {
        return HITS.get();
    }

    @Override
    public Map<String, String> start() {
        port = 0;
        startServer();
        port = server.getAddress().getPort();
        // The stub is also the ppid service's management interface: it answers /q/health/ready with 200.
        return Map.of("madiun.gateway.services.ppid", "http://127.0.0.1:" + port,
                "madiun.gateway.management.ppid", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        down();
    }

    /** The service goes down: its port refuses connections. */
    public static synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The service comes back on its port. */
    public static synchronized void up() {
        if (server == null) {
            startServer();
        }
    }

    private static void startServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a port for the stub service", e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", StubService::answer);
        server.start();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        HITS.incrementAndGet();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (exchange.getRequestURI().getPath().endsWith("/slow")) {
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String json = ("{\"method\":\"%s\",\"path\":\"%s\",\"query\":\"%s\",\"body\":\"%s\",\"authorization\":\"%s\","
                + "\"requestId\":\"%s\",\"clientAddress\":\"%s\"}").formatted(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                body.replace("\"", "\\\""), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Request-Id"),
                String.join(",", exchange.getRequestHeaders().getOrDefault("X-Client-Address", List.of())));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Stub", "ppid");
        if (exchange.getRequestHeaders().containsKey("X-Stub-Links")) {
            String self = "http://127.0.0.1:" + port;
            exchange.getResponseHeaders().add("Location", self + "/api/ppid/requests/0b7c1c1e?view=full");
            exchange.getResponseHeaders().add("Content-Location", self + "/api/ppid/requests/0b7c1c1e");
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
