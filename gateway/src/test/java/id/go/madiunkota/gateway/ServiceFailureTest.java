package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service that is down or slow: the caller gets a 502 or 504 problem within the gateway's timeouts (read timeout 2 s
 * in the test profile), and forwarding resumes once the service is back. How the circuit opens, half-opens and
 * closes is {@link CircuitBreakerTest}'s.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class ServiceFailureTest {

    @AfterEach
    void serviceBack() {
        StubService.up();
    }

    @Test
    void aStoppedServiceGets502ProblemsAndTheGatewayRecoversWhenItReturns() {
        given().when().get("/api/ppid/standard").then().statusCode(200);
        StubService.down();

        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            given().header("Accept-Language", "en").when().get("/api/ppid/standard")
                    .then().statusCode(502).contentType("application/problem+json")
                    .body("status", equalTo(502)).body("detail", containsString("ppid"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }

        StubService.up();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().when().get("/api/ppid/standard").then().statusCode(200));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGets504WithinTheReadTimeout() {
        long started = System.nanoTime();
        given().when().get("/api/ppid/tracking/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("title", equalTo("Layanan tidak menjawab tepat waktu"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_900)).isLessThan(Duration.ofMillis(3_900));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().when().get("/api/ppid/standard").then().statusCode(200));
    }
}
