package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.e2e.support.Services;
import id.go.madiunkota.e2e.support.Services.Service;
import id.go.madiunkota.e2e.support.Stack;
import id.go.madiunkota.e2e.support.Tokens;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services are the second line of defence: called on their own ports, past the gateway, each refuses with 401 a
 * call without a token, with a tampered signature, with an expired token, with a token of another issuer and with one
 * of another audience; it refuses with 403 a valid token of a role it does not admit, and admits a valid token of a
 * role it does (the positive control that makes the refusals mean something). One protected endpoint per service.
 */
class ServiceTokensTest {

    static List<Service> services() {
        return Services.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aValidTokenOfAnAdmittedRoleIsAccepted(Service service) {
        Response answer = service.withToken(Tokens.of(service.admitted())).when().get(service.protectedPath());
        assertThat(answer.statusCode()).as("%s %s as %s", service, service.protectedPath(), service.admitted())
                .isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getInt("total")).isGreaterThanOrEqualTo(0);
        assertThat(answer.jsonPath().getList("items")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void noTokenIsRefusedWith401(Service service) {
        assertUnauthorized(service, service.anonymous().when().get(service.protectedPath()), "no token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aTamperedSignatureIsRefusedWith401(Service service) {
        String token = Tokens.of(service.admitted());
        assertUnauthorized(service, service.withToken(Tokens.tampered(token)).when().get(service.protectedPath()),
                "tampered signature");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void anExpiredTokenAcceptedWhileFreshIsRefusedWith401(Service service) {
        // The token lives 2 seconds. A first call that a busy machine answers only after the token expired proves
        // nothing either way, so such a call is made again with a new token (a few times at most).
        String token = null;
        Instant expiry = null;
        Response fresh = null;
        for (int attempt = 0; attempt < 5 && (fresh == null || !Instant.now().isBefore(expiry)); attempt++) {
            token = Tokens.fetch(Stack.keycloakUrl(), Tokens.SHORT_LIVED_CLIENT, service.admitted());
            expiry = Tokens.expiry(token);
            assertThat(Duration.between(Instant.now(), expiry)).isLessThanOrEqualTo(Duration.ofSeconds(5));
            fresh = service.withToken(token).when().get(service.protectedPath());
        }
        assertThat(Instant.now()).as("%s: a call answered while the token was fresh", service).isBefore(expiry);
        assertThat(fresh.statusCode()).as("%s: the short-lived token while fresh (expires %s)", service, expiry)
                .isEqualTo(200);
        assertThat(fresh.jsonPath().getList("items")).isNotNull();
        String expired = token;
        Instant expiredAt = expiry;

        // Keycloak's clock cannot be set: wait until the token's own expiry has passed and the service refuses it
        await().atMost(Duration.between(Instant.now(), expiredAt).plusSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> service.withToken(expired).when().get(service.protectedPath()).statusCode() == 401);
        assertThat(Instant.now()).isAfter(expiredAt);
        assertUnauthorized(service, service.withToken(expired).when().get(service.protectedPath()), "expired");
    }

    /** A token signed by the realm's own key, asked for at 127.0.0.1 instead of localhost: another issuer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aTokenOfAnotherIssuerIsRefusedWith401(Service service) {
        URI keycloak = URI.create(Stack.keycloakUrl());
        String otherHost = keycloak.getHost().equals("127.0.0.1") ? "localhost" : "127.0.0.1";
        String otherUrl = keycloak.getScheme() + "://" + otherHost + ":" + keycloak.getPort();
        String token = Tokens.fetch(otherUrl, Tokens.WEB_CLIENT, service.admitted());
        assertThat(Tokens.claims(token).path("iss").asText()).isEqualTo(otherUrl + "/realms/madiun")
                .isNotEqualTo(Tokens.claims(Tokens.of(service.admitted())).path("iss").asText());
        assertUnauthorized(service, service.withToken(token).when().get(service.protectedPath()), "other issuer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aTokenOfAnotherAudienceIsRefusedWith401(Service service) {
        String token = Tokens.fetch(Stack.keycloakUrl(), Tokens.OTHER_AUDIENCE_CLIENT, service.admitted());
        assertThat(Tokens.claims(token).path("aud").toString()).as("audience of a %s token",
                Tokens.OTHER_AUDIENCE_CLIENT).doesNotContain("madiun-api");
        assertThat(Tokens.realmRoles(token)).as("the role is there; only the audience is wrong")
                .contains(Tokens.realmRoles(Tokens.of(service.admitted())).toArray(String[]::new));
        assertUnauthorized(service, service.withToken(token).when().get(service.protectedPath()), "other audience");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void aValidTokenOfARefusedRoleIsRefusedWith403(Service service) {
        Response answer = service.withToken(Tokens.of(service.refused())).when()
                .header("Accept-Language", "en").get(service.protectedPath());
        assertThat(answer.statusCode()).as("%s %s as %s", service, service.protectedPath(), service.refused())
                .isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(403);
        assertThat(answer.jsonPath().getString("type")).endsWith("/forbidden");
        assertThat(answer.jsonPath().getString("title")).isEqualTo("Forbidden");
        assertThat(answer.jsonPath().getString("instance")).isEqualTo(service.protectedPath());
    }

    /** 401 with a Bearer challenge and the service's own problem, naming no data of the endpoint. */
    private static void assertUnauthorized(Service service, Response answer, String what) {
        assertThat(answer.statusCode()).as("%s %s: %s", service, service.protectedPath(), what).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).as("challenge, %s", what).startsWith("Bearer");
        assertThat(answer.contentType()).as("problem, %s", what).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(answer.jsonPath().getString("type")).endsWith("/unauthorized");
        assertThat(answer.jsonPath().getString("items")).as("no data, %s", what).isNull();
    }
}
