package id.go.madiunkota.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for Keycloak's realm {@code madiun}, on a free port of its own: its discovery document and an empty key
 * set, enough for the portal's OIDC tenant to start and to send an anonymous visitor of {@code /saya} to the login
 * (which a test reads from the redirect; nothing here logs anyone in). Logged-in citizens come from
 * {@code @TestSecurity} with {@code @OidcSecurity}, which gives them a signed access token of their own.
 */
public class KeycloakStandIn implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String realm = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/madiun";
        String oidc = realm + "/protocol/openid-connect";
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "jwks_uri":"%2$s/certs","userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"code_challenge_methods_supported":["plain","S256"]}"""
                .formatted(realm, oidc);
        server.createContext("/realms/madiun/.well-known/openid-configuration", e -> send(e, discovery));
        server.createContext("/realms/madiun/protocol/openid-connect/certs", e -> send(e, "{\"keys\":[]}"));
        server.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", realm);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
