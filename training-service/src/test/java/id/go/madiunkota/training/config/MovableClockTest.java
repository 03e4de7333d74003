package id.go.madiunkota.training.config;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.madiunkota.common.config.RunningClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code madiun.clock.movable} (an end-to-end run), the management interface moves the running clock to a chosen
 * instant, from which it runs on, and puts it back; a malformed move is refused with a problem.
 */
@QuarkusTest
@TestProfile(MovableClockTest.Movable.class)
class MovableClockTest {

    /** The profile of an end-to-end run's applications. */
    public static class Movable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.clock.movable", "true");
        }
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Inject
    RunningClock clock;

    @AfterEach
    void putBack() {
        given().when().delete(clockUrl()).then().statusCode(200);
    }

    @Test
    void theClockMovesToTheChosenInstantRunsOnAndGoesBack() {
        Instant before = clock.instant(); // the real time, or the run's configured start (MADIUN_CLOCK_START_AT)
        OffsetDateTime at = OffsetDateTime.parse("2031-03-04T09:30:00+07:00");
        given().contentType(ContentType.JSON).body(Map.of("at", at.toString())).when().put(clockUrl())
                .then().statusCode(200).body("now", startsWith("2031-03-04T09:3"));
        assertThat(Duration.between(at.toInstant(), clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        given().when().get(clockUrl()).then().statusCode(200).body("now", startsWith("2031-03-04T09:3"));

        given().when().delete(clockUrl()).then().statusCode(200);
        assertThat(Duration.between(before, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void aMoveWithoutAValidInstantIsRefused() {
        Instant before = clock.instant();
        for (String body : new String[] {"{}", "{\"at\": \"next tuesday\"}", "not json"}) {
            given().contentType(ContentType.JSON).body(body).when().put(clockUrl())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Bad clock move"));
        }
        assertThat(Duration.between(before, clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    private String clockUrl() {
        return readiness.getProtocol() + "://" + readiness.getHost() + ":" + readiness.getPort() + "/clock";
    }
}
