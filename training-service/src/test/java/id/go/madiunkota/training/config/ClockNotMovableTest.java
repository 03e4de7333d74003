package id.go.madiunkota.training.config;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without {@code madiun.clock.movable} (the default) nothing can move the clock: the route does not exist. */
@QuarkusTest
class ClockNotMovableTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void theClockRouteDoesNotExist() {
        String url = readiness.getProtocol() + "://" + readiness.getHost() + ":" + readiness.getPort() + "/clock";
        given().contentType(ContentType.JSON).body(Map.of("at", "2031-03-04T09:30:00+07:00")).when().put(url)
                .then().statusCode(404);
        given().when().get(url).then().statusCode(404);
        // the management interface itself answers (positive control): only the clock route is absent
        given().when().get(url.replace("/clock", "/q/health/live")).then().statusCode(200);
    }
}
