package id.go.madiunkota.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from Keycloak (realm madiun) for the demo users, by the password grant on a public client. The
 * tokens of {@link #of(String)} are cached per user and fetched again shortly before they expire.
 */
public final class Tokens {

    /** Every demo user's password (local only). */
    public static final String PASSWORD = "demo";

    /** The demo users the suite calls with, one per realm role (citizen1 has the role citizen). */
    public static final List<String> DEMO_USERS = List.of("citizen1", "ppid-officer", "ppid-superior",
            "helpdesk-agent", "verifier", "trainer", "admin", "auditor");

    /** The public client of the frontends; password grant enabled for local use. */
    public static final String WEB_CLIENT = "madiun-web";

    /** A copy of madiun-web whose access tokens live 2 seconds (infra/keycloak/madiun-realm.json). */
    public static final String SHORT_LIVED_CLIENT = "madiun-e2e-short";

    /**
     * Public client whose access tokens lack the audience {@code madiun-api} (local realm only): for checking that the
     * gateway and the services refuse a token meant for another audience.
     */
    public static final String OTHER_AUDIENCE_CLIENT = "madiun-e2e-other-audience";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A valid access token of {@code user} from madiun-web, cached while it has more than 30 seconds left. */
    public static String of(String user) {
        return CACHE.compute(user, (name, cached) -> cached != null
                && expiry(cached).isAfter(Instant.now().plusSeconds(30)) ? cached
                : fetch(Stack.keycloakUrl(), WEB_CLIENT, name));
    }

    /** A new access token of {@code user} from {@code clientId}, asking Keycloak at {@code keycloakUrl}. */
    public static String fetch(String keycloakUrl, String clientId, String user) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", user, "password", PASSWORD)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI endpoint = URI.create(keycloakUrl + "/realms/madiun/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + " (client " + clientId
                        + ") at " + endpoint + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + endpoint
                    + " — is the stack running (./suite up -d)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims (payload) of a JWT, not verified. */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a JWT: " + token, e);
        }
    }

    /** When the token expires ({@code exp}). */
    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(claims(token).path("exp").asLong());
    }

    /** The realm roles the token carries ({@code realm_access.roles}). */
    public static List<String> realmRoles(String token) {
        List<String> roles = new ArrayList<>();
        claims(token).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /**
     * The same token with one character of its signature changed: header and claims stay intact, the signature no
     * longer matches. A character in the middle is changed, since the last one of a base64url string may carry only
     * padding bits.
     */
    public static String tampered(String token) {
        int signatureStart = token.lastIndexOf('.') + 1;
        int at = signatureStart + (token.length() - signatureStart) / 2;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }
}
