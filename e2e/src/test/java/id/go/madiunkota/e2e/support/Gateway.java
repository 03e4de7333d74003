package id.go.madiunkota.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.log.LogDetail;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the gateway (http://localhost:8080, or {@code GATEWAY_URL}) with REST Assured: anonymous, as a demo
 * user with a real token from Keycloak, or with any token given. The suite never calls a service directly.
 */
public final class Gateway {

    /** Header the gateway sets on the 401 and 403 answers it gives itself (not on those a service gives). */
    public static final String DENIED_HEADER = "X-Gateway-Denied";

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 30_000));

    private Gateway() {
    }

    /** A request without a token. */
    public static RequestSpecification anonymous() {
        return given().config(CONFIG).baseUri(Stack.gatewayUrl()).log().ifValidationFails(LogDetail.ALL);
    }

    /** A request as {@code user} (one of {@link Tokens#DEMO_USERS}, or citizen2), with a real token. */
    public static RequestSpecification as(String user) {
        return withToken(Tokens.of(user));
    }

    /** A request as {@code user}, or without a token when {@code user} is null. */
    public static RequestSpecification caller(String user) {
        return user == null ? anonymous() : as(user);
    }

    /** A request carrying {@code token} as its bearer token, whatever it holds. */
    public static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }
}
