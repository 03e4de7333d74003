package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The circuit breaker in front of a service, counted at the stand-in: it opens after three failures (then the gateway
 * answers 502 at once without calling the service), half-opens after the reset timeout (one trial call goes through)
 * and closes when the trial succeeds. A profile of its own gives the test a breaker no other test has failed.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
@TestProfile(CircuitBreakerTest.OwnBreaker.class)
class CircuitBreakerTest {

    /**
     * Three failures open the circuit; it half-opens after 8 s: room for the checks while it is open, even on a busy
     * machine where the first problem answer takes over a second.
     */
    public static class OwnBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.gateway.breaker.max-failures", "3",
                    "madiun.gateway.breaker.reset-timeout", "8s");
        }
    }

    @Test
    void theCircuitOpensAfterThreeFailuresHalfOpensAfterTheResetTimeoutAndClosesOnSuccess() {
        given().when().get("/api/ppid/standard").then().statusCode(200);

        // closed: three calls the service does not answer within the read timeout reach it and fail (504)
        int before = StubService.hits();
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/ppid/tracking/slow").then().statusCode(504)
                    .contentType("application/problem+json");
        }
        assertThat(StubService.hits() - before).as("the three failing calls reached the service").isEqualTo(3);

        // open: a 502 problem from the gateway itself, and the service is not called
        int open = StubService.hits();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            Response refused = given().header("Accept-Language", "en").when().get("/api/ppid/standard");
            assertThat(refused.statusCode()).as("call %d while open", i + 1).isEqualTo(502);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("detail")).contains("ppid");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(StubService.hits()).as("no call reached the service while open").isEqualTo(open);

        // half-open after the reset timeout: refusals stay local until one trial call goes through and succeeds
        AtomicInteger refusedMeanwhile = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            int status = given().when().get("/api/ppid/standard").statusCode();
            if (status == 502) {
                refusedMeanwhile.incrementAndGet();
            }
            return status == 200;
        });
        assertThat(StubService.hits() - open).as("only the trial call reached the service (%d refused before it)",
                refusedMeanwhile.get()).isEqualTo(1);

        // closed again: every call is forwarded
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/ppid/standard").then().statusCode(200).header("X-Stub", "ppid");
        }
        assertThat(StubService.hits() - open).isEqualTo(4);
    }
}
