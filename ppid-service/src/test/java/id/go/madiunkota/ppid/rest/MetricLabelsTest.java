package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics are on the management port, not the service's own; the metrics' {@code uri} labels are route
 * templates (relative to the service's REST root), and neither a matched route nor a 404 on no route puts a tracking
 * code or an id into a label.
 */
@QuarkusTest
class MetricLabelsTest {

    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void labelsAreTemplatesNeverCodesOrIds() {
        String code = "QZ7HM-" + "KP2WX";
        String id = UUID.randomUUID().toString();
        given().when().get("/api/ppid/tracking/" + code).then().statusCode(404);
        given().when().get("/api/ppid/no-such-route/" + id).then().statusCode(404);
        given().when().get("/api/ppid/calendar/working-days?from=2026-03-13&add=10").then().statusCode(200);

        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scraped).contains("uri=\"/tracking/{trackingCode}\"", "uri=\"NOT_FOUND\"")
                .contains("uri=\"/calendar/working-days\"")
                .doesNotContain(code, id, "2026-03-13");
        Matcher label = URI_LABEL.matcher(scraped);
        while (label.find()) {
            assertThat(label.group(1)).doesNotContain("?").doesNotMatch(".*[0-9a-f]{8}-[0-9a-f]{4}-.*");
        }
    }

    @Test
    void theServicesOwnPortServesNoMetricsOrHealth() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
    }
}
