package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Authentication with real tokens of the local Keycloak, and the access table: the gateway refuses what the table does
 * not allow before anything reaches the service, and passes the token on when it does.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class AccessTest {

    @Test
    void withoutATokenAProtectedRouteIs401AndNothingIsForwarded() {
        given().when().get("/api/ppid/requests")
                .then().statusCode(401).contentType("application/problem+json")
                .header("X-Gateway-Denied", "true").header("X-Stub", nullValue())
                .body("title", equalTo("Perlu masuk"));
    }

    @Test
    void aRoleTheTableDoesNotNameIs403() {
        given().auth().oauth2(Tokens.of("citizen1")).header("Accept-Language", "en")
                .when().get("/api/ppid/requests")
                .then().statusCode(403).contentType("application/problem+json")
                .header("X-Gateway-Denied", "true").header("X-Stub", nullValue())
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void aRoleTheTableNamesIsForwardedWithItsToken() {
        String token = Tokens.of("ppid-officer");
        given().auth().oauth2(token).when().get("/api/ppid/requests")
                .then().statusCode(200).header("X-Stub", "ppid")
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void aPathNoLineMatchesIsRefused() {
        given().auth().oauth2(Tokens.of("admin")).when().get("/api/ppid/not-in-the-table")
                .then().statusCode(403).header("X-Stub", nullValue());
        given().when().get("/api/ppid/not-in-the-table").then().statusCode(401);
    }

    @Test
    void anAnonymousRouteNeedsNoToken() {
        given().when().get("/api/ppid/tracking/K7QX2-MB9TD").then().statusCode(200).header("X-Stub", "ppid");
    }

    @Test
    void aTamperedTokenIs401EvenOnAnAnonymousRoute() {
        String tampered = Tokens.tampered(Tokens.of("ppid-officer"));
        given().auth().oauth2(tampered).when().get("/api/ppid/requests")
                .then().statusCode(401).contentType("application/problem+json").header("X-Stub", nullValue());
        given().auth().oauth2(tampered).when().get("/api/ppid/tracking/K7QX2-MB9TD")
                .then().statusCode(401).header("X-Stub", nullValue());
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        // Keycloak in dev mode names the address it was asked at as the issuer; the gateway trusts localhost only.
        String otherIssuer = Tokens.fetch(Tokens.KEYCLOAK.replace("localhost", "127.0.0.1"), "ppid-officer");
        given().auth().oauth2(otherIssuer).when().get("/api/ppid/requests")
                .then().statusCode(401).header("X-Stub", nullValue());
    }

    @Test
    void aGarbageTokenIs401() {
        given().auth().oauth2("not-a-token").when().get("/api/ppid/requests")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
