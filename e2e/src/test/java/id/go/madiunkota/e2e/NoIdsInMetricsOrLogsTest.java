package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Stack;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * After a small story of its own through the gateway (an anonymous complaint followed by its tracking code, staff
 * reading it by id, searches with query strings), no tracking code, id or query string is in any metric label of the
 * five applications (scraped from their management ports) nor in the gateway's access log; the log does hold a line
 * for each of the story's requests (found by the request ids the story sent), under its route template. The public
 * port serves no metrics, and the Location of a create names the gateway.
 */
class NoIdsInMetricsOrLogsTest {

    private static final List<String> APPS = List.of("gateway", "ppid", "helpdesk", "verification", "training");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TRACKING_CODE = Pattern.compile("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");
    private static final Pattern ACCESS_LINE = Pattern.compile("\\[access\\].*? (\\S+) \"(\\S+) ([^\"]*)\" (\\d{3}) ");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String run = "hygiene-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> requestIds = new ArrayList<>();

    @Test
    void noTrackingCodeIdOrQueryInAMetricLabelOrAnAccessLogLine() throws Exception {
        Response created = send(Gateway.anonymous().contentType(ContentType.JSON).body(complaint()), "POST",
                "/api/helpdesk/complaints");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.path("id");
        String code = created.path("trackingCode");
        String gateway = Stack.gatewayUrl();
        assertThat(created.header("Location")).as("Location names the gateway")
                .isEqualTo(gateway + "/api/helpdesk/complaints/" + id);

        assertThat(send(Gateway.anonymous(), "GET", "/api/helpdesk/complaints/tracking/" + code).statusCode())
                .isEqualTo(200);
        assertThat(send(Gateway.as("helpdesk-agent"), "GET", "/api/helpdesk/complaints/" + id).statusCode())
                .isEqualTo(200);
        assertThat(send(Gateway.as("ppid-officer"), "GET", "/api/ppid/requests?q=3577010101900001&size=5")
                .statusCode()).isEqualTo(200);
        // an NPWP filter: found or not, or refused as malformed; what matters is where the query goes
        assertThat(send(Gateway.as("verifier"), "GET", "/api/verification/providers?npwp=012345678901234")
                .statusCode()).isIn(200, 400);
        String unknown = UUID.randomUUID().toString();
        assertThat(send(Gateway.as("trainer"), "GET", "/api/training/registrations/" + unknown).statusCode())
                .isEqualTo(404);
        assertThat(send(Gateway.anonymous(), "GET", "/q/metrics").statusCode()).isEqualTo(404);
        List<String> secrets = List.of(id, code, unknown, "3577010101900001", "012345678901234");

        for (String app : APPS) {
            String metrics = get(Stack.managementUrl(app) + "/q/metrics");
            assertThat(metrics).as("%s metrics", app).contains("http_server_requests_seconds_count");
            for (String secret : secrets) {
                assertThat(metrics).as("%s metrics hold %s", app, secret).doesNotContain(secret);
            }
            Matcher label = URI_LABEL.matcher(metrics);
            while (label.find()) {
                String uri = label.group(1);
                assertThat(uri).as("%s uri label", app).doesNotContain("?");
                assertThat(UUID_TEXT.matcher(uri).find()).as("%s uri label %s holds a UUID", app, uri).isFalse();
                assertThat(TRACKING_CODE.matcher(uri).find()).as("%s uri label %s holds a code", app, uri).isFalse();
            }
        }
        assertThat(get(Stack.managementUrl("gateway") + "/q/metrics"))
                .contains("uri=\"/api/helpdesk/complaints/tracking/{id}\"");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ourLines()).as("access-log lines of this run's requests in %s", Stack.gatewayLog())
                        .hasSize(requestIds.size()));
        assertThat(ourLines()).anyMatch(line -> line.contains("\"POST /api/helpdesk/complaints\" 201"))
                .anyMatch(line -> line.contains("\"GET /api/helpdesk/complaints/tracking/{id}\" 200"))
                .anyMatch(line -> line.contains("\"GET /api/helpdesk/complaints/{id}\" 200"))
                .anyMatch(line -> line.contains("\"GET /api/ppid/requests\" 200"));
        for (String line : accessLines()) {
            Matcher fields = ACCESS_LINE.matcher(line);
            assertThat(fields.find()).as("access-log line %s", line).isTrue();
            String target = fields.group(3);
            assertThat(target).as(line).doesNotContain("?");
            assertThat(UUID_TEXT.matcher(target).find()).as("a UUID in %s", line).isFalse();
            assertThat(TRACKING_CODE.matcher(target).find()).as("a tracking code in %s", line).isFalse();
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
        }
    }

    private Response send(io.restassured.specification.RequestSpecification spec, String method, String path) {
        String requestId = run + "-" + requestIds.size();
        requestIds.add(requestId);
        return spec.header("X-Request-Id", requestId).when().request(method, path).andReturn();
    }

    private List<String> ourLines() throws IOException {
        return accessLines().stream().filter(line -> requestIds.stream().anyMatch(r -> line.contains(" " + r + " ")))
                .toList();
    }

    private static List<String> accessLines() throws IOException {
        assertThat(Stack.gatewayLog()).as("the gateway's log (-Dgateway.log or GATEWAY_LOG)").exists();
        return Files.readAllLines(Stack.gatewayLog(), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("[access]")).toList();
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static Map<String, Object> complaint() {
        return Map.of("kind", "COMPLAINT", "service", "VERIFICATION",
                "complainant", Map.of("name", "Rina Kusuma", "phone", "081298765432"),
                "content", "Antrean verifikasi penyedia terlalu lama pada hari Senin.");
    }
}
