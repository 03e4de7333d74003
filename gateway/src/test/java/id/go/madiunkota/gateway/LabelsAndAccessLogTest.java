package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.gateway.web.FrontDoor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proxied requests are counted and logged under their route template: no tracking code, id or query in a metric label
 * or an access-log line, and not one series per raw path.
 */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class LabelsAndAccessLogTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(FrontDoor.ACCESS_LOG).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(FrontDoor.ACCESS_LOG).removeHandler(capture);
    }

    @Test
    void trackingCodesIdsAndQueriesStayOutOfLabelsAndTheAccessLog() {
        String code = "QZ7" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase() + "-MB9TD";
        String id = UUID.randomUUID().toString();
        given().when().get("/api/ppid/tracking/" + code).then().statusCode(200);
        given().auth().oauth2(Tokens.of("ppid-officer")).when().get("/api/ppid/requests/" + id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("ppid-officer")).queryParam("q", "3577010101900001")
                .when().get("/api/ppid/requests").then().statusCode(200);
        given().when().get("/api/ppid/calendar/working-days?from=2026-03-13&add=10").then().statusCode(200);
        given().when().get("/api/ppid/not-in-the-table/" + id).then().statusCode(401);

        Awaitility.await().untilAsserted(() -> assertThat(lines).anyMatch(l -> l.contains("/api/ppid/{unlisted}")));
        assertThat(lines).anyMatch(l -> l.contains("\"GET /api/ppid/tracking/{id}\" 200"))
                .anyMatch(l -> l.contains("\"GET /api/ppid/requests/{id}\" 200"))
                .anyMatch(l -> l.contains("\"GET /api/ppid/requests\" 200"))
                .anyMatch(l -> l.contains("\"GET /api/ppid/calendar/{rest}\" 200"))
                .noneMatch(l -> l.contains(code) || l.contains(id) || l.contains("?") || l.contains("3577010101900001")
                        || l.contains("2026-03-13"));

        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scraped).contains("uri=\"/api/ppid/tracking/{id}\"", "uri=\"/api/ppid/requests/{id}\"",
                "uri=\"/api/ppid/calendar/{rest}\"")
                .doesNotContain(code, id, "3577010101900001", "2026-03-13");
    }
}
