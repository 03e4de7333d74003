package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.e2e.support.AccessRules;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Matrix;
import id.go.madiunkota.e2e.support.Matrix.Call;
import id.go.madiunkota.e2e.support.Matrix.Outcome;
import id.go.madiunkota.e2e.support.Stack;
import id.go.madiunkota.e2e.support.Tokens;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Broken tokens are refused by the gateway with 401 on every line of its table, anonymous lines included (a token
 * that is sent must be valid): a tampered signature, a token from the right Keycloak under the wrong issuer, and an
 * expired token.
 */
class BrokenTokensTest {

    private static final String USER = "citizen1";

    @Test
    void aTamperedSignatureIsRefusedOnEveryLine() {
        String token = Tokens.of(USER);
        Gateway.withToken(token).when().get("/api/ppid/requests/mine").then().statusCode(200);

        assertRefusedEverywhere("tampered signature", Tokens.tampered(token));
    }

    /**
     * Keycloak in dev mode writes the URL it was called with into {@code iss}: asked at 127.0.0.1 instead of
     * localhost it signs, with the realm's own key, a token whose issuer the gateway does not expect.
     */
    @Test
    void aTokenWithAnotherIssuerIsRefusedOnEveryLine() {
        URI keycloak = URI.create(Stack.keycloakUrl());
        String otherHost = keycloak.getHost().equals("127.0.0.1") ? "localhost" : "127.0.0.1";
        String otherUrl = keycloak.getScheme() + "://" + otherHost + ":" + keycloak.getPort();
        String token = Tokens.fetch(otherUrl, Tokens.WEB_CLIENT, USER);

        assertThat(Tokens.claims(token).path("iss").asText()).as("issuer of a token asked for at " + otherUrl)
                .isEqualTo(otherUrl + "/realms/madiun")
                .isNotEqualTo(Tokens.claims(Tokens.of(USER)).path("iss").asText());
        assertRefusedEverywhere("wrong issuer", token);
    }

    @Test
    void anExpiredTokenIsRefusedOnEveryLine() {
        String token = Tokens.fetch(Stack.keycloakUrl(), Tokens.SHORT_LIVED_CLIENT, USER);
        Instant expiry = Tokens.expiry(token);
        assertThat(Duration.between(Instant.now(), expiry)).as("lifespan of a %s token", Tokens.SHORT_LIVED_CLIENT)
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
        // the same token while fresh: accepted, so that the refusals below are the expiry's doing
        io.restassured.response.Response fresh = Gateway.withToken(token).when().get("/api/ppid/requests/mine");
        assertThat(fresh.statusCode()).as("the %s token while fresh (expires %s)", Tokens.SHORT_LIVED_CLIENT, expiry)
                .isEqualTo(200);
        assertThat(fresh.jsonPath().getList("items")).isNotNull();
        // Keycloak's clock cannot be set: wait until the gateway itself refuses the token as expired, then check every
        // line with it.
        await().atMost(Duration.between(Instant.now(), expiry).plusSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> Gateway.withToken(token).when().get("/api/ppid/requests/mine").statusCode() == 401);

        assertThat(Instant.now()).isAfter(expiry);
        assertRefusedEverywhere("expired", token);
    }

    private static void assertRefusedEverywhere(String what, String token) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Call call : Matrix.calls(AccessRules.load())) {
            outcomes.add(Matrix.checkBroken(call, USER + " (" + what + ")", call.send(() -> Gateway.withToken(token))));
        }
        String table = Matrix.table("broken token: " + what, outcomes);
        assertThat(outcomes).as(table).allMatch(Outcome::ok);
    }
}
