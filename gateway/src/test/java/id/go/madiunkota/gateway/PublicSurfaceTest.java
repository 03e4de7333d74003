package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public port serves /api/**, /openapi and Swagger UI only; health and metrics are on the management port; and no
 * spelling of a path reaches anything else: each gets a 400 or 404 problem, nothing is forwarded, no metrics leak.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class PublicSurfaceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "health/ready", management = true)
    URL managementReadiness;

    @ParameterizedTest
    @ValueSource(strings = {
        "/q/metrics", "/q/metrics/", "/Q/metrics", "//q/metrics", "/q/health", "/q/health/ready", "/q/openapi",
        "/q/dev-ui", "/", "/metrics", "/api", "/api/", "/openapi/../q/metrics", "/api/ppid/../../q/metrics",
        "/api/ppid/%2e%2e/%2e%2e/q/metrics", "/api/ppid/%2E%2E/%2E%2E/q/metrics", "/api/ppid/.%2e/.%2e/q/metrics",
        "/api/ppid/%252e%252e/%252e%252e/q/metrics", "/api//ppid/standard", "/api/ppid//standard",
        "/api/ppid;x=y/standard", "/api/ppid/standard;x=y", "/api/ppid\\..\\..\\q\\metrics",
        "/api/ppid/%5c..%5c..%5cq%5cmetrics", "/api/ppid/%5C..%5C..%5Cq%5Cmetrics", "/api/ppid%2fstandard",
        "/api/ppid/%2F..%2F..%2Fq%2Fmetrics", "/api/ppid/./standard", "/api/ppid/standard/.",
        "/api/ppid/tracking/%00", "/api/%70pid/standard", "/api/ppid/%73tandard"})
    void noSpellingReachesAnythingElse(String rawPath) {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, rawPath);
        assertThat(answer.status()).as(rawPath).isIn(400, 404);
        assertThat(answer.body()).as(rawPath).doesNotContain("# HELP", "# TYPE", "jvm_", "http_server_requests");
        if (rawPath.contains("\\")) {
            // A raw backslash is not valid in a request line: the HTTP decoder itself answers 400, empty, and closes.
            assertThat(answer.status()).as(rawPath).isEqualTo(400);
            assertThat(answer.body()).as(rawPath).isEmpty();
        } else {
            assertThat(answer.hasHeader("Content-Type", "application/problem+json"))
                    .as(rawPath + " " + answer.headers()).isTrue();
            assertThat(answer.body()).as(rawPath).contains("\"status\":" + answer.status());
        }
        assertThat(answer.hasHeader("X-Stub", "ppid")).as(rawPath + " was forwarded").isFalse();
    }

    @Test
    void aPathTrickIsNamedAsSuch() {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/api/ppid/%2e%2e/%2e%2e/q/metrics");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"title\":\"Malformed address\"", "bad-path");
    }

    @Test
    void thePublicSurfaceStillAnswers() {
        given().when().get("/api/ppid/standard").then().statusCode(200).header("X-Stub", "ppid");
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().when().get("/openapi").then().statusCode(200).contentType(containsString("application/json"));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPort() {
        assertThat(managementMetrics.getPort()).isNotEqualTo(RestAssured.port);
        given().when().get(managementMetrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().when().get(managementReadiness).then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.ppid", equalTo("UP"));
    }
}
