package id.go.madiunkota.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for one service behind the gateway (the gateway is what is tested): it answers every request with a
 * JSON echo of the method, path, query, body and the headers the gateway passed on.
 */
public class StubService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a port for the stub service", e);
        }
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String json = "{\"method\":\"%s\",\"path\":\"%s\",\"query\":\"%s\",\"body\":\"%s\",\"authorization\":\"%s\"}"
                    .formatted(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                            exchange.getRequestURI().getRawQuery(), body.replace("\"", "\\\""), auth);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Stub", "ppid");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("madiun.gateway.services.ppid", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
