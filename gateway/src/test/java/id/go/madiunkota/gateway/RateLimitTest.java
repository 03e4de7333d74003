package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Past its burst a caller gets 429 with Retry-After, while other callers go on: per client address without a token
 * (the address a trusted proxy names in X-Forwarded-For), per subject with one.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    /** Five requests at once, then one a minute (so that a slow machine does not refill the bucket mid-test). */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "madiun.gateway.rate-limit.enabled", "true",
                    "madiun.gateway.rate-limit.anonymous.burst", "5",
                    "madiun.gateway.rate-limit.anonymous.per-minute", "1",
                    "madiun.gateway.rate-limit.authenticated.burst", "5",
                    "madiun.gateway.rate-limit.authenticated.per-minute", "1");
        }
    }

    @Test
    void anAnonymousBurstPastTheLimitGets429AndAnotherAddressIsNotAffected() {
        for (int i = 0; i < 5; i++) {
            assertThat(anonymousFrom("10.1.1.1").statusCode()).isEqualTo(200);
        }
        Response refused = anonymousFrom("10.1.1.1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("X-Stub")).isNull();

        assertThat(anonymousFrom("10.1.1.2").statusCode()).isEqualTo(200);
    }

    @Test
    void aSubjectPastTheLimitGets429AndAnotherSubjectIsNotAffected() {
        String first = Tokens.of("citizen1");
        String second = Tokens.of("citizen2");
        int before = StubService.hits();
        for (int i = 0; i < 5; i++) {
            Response admitted = given().auth().oauth2(first).when().get("/api/ppid/requests/mine");
            assertThat(admitted.statusCode()).as("call %d of the burst of 5", i + 1).isEqualTo(200);
            assertThat(admitted.header("X-Stub")).isEqualTo("ppid");
        }
        Response refused = given().auth().oauth2(first).header("Accept-Language", "en").when()
                .get("/api/ppid/requests/mine");
        assertThat(refused.statusCode()).as("the 6th call, past the burst").isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("X-Stub")).isNull();
        assertThat(StubService.hits() - before).as("the refused call never reached the service").isEqualTo(5);

        Response other = given().auth().oauth2(second).when().get("/api/ppid/requests/mine");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.jsonPath().getString("path")).isEqualTo("/api/ppid/requests/mine");
    }

    private static Response anonymousFrom(String address) {
        return given().header("X-Forwarded-For", address).when().get("/api/ppid/standard");
    }
}
