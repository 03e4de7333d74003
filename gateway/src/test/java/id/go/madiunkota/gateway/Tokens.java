package id.go.madiunkota.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real access tokens of the demo users, from the Keycloak that ./suite test runs (public client madiun-web). */
final class Tokens {

    static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** A token of {@code user} (password demo), kept for the test run (they live 5 minutes). */
    static String of(String user) {
        return CACHE.computeIfAbsent(user, u -> fetch(KEYCLOAK, u));
    }

    /** A token asked for at {@code keycloakBase}, whose issuer is that address. */
    static String fetch(String keycloakBase, String user) {
        String form = "grant_type=password&client_id=madiun-web&username=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&password=demo";
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(keycloakBase + "/realms/madiun/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak gave no token for " + user + ": " + response.statusCode());
            }
            return token.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak not reachable at " + keycloakBase + " (./suite test starts it)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token with one character of its signature changed. */
    static String tampered(String token) {
        int last = token.length() - 5;
        char c = token.charAt(last);
        return token.substring(0, last) + (c == 'A' ? 'B' : 'A') + token.substring(last + 1);
    }
}
