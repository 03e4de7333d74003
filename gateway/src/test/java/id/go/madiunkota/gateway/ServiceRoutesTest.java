package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The gateway forwards /api/{service}/** unchanged to the service and relays its answer, with a request id. */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class ServiceRoutesTest {

    @Test
    void aGetIsForwardedWithItsPathAndQuery() {
        given().when().get("/api/ppid/standard/versions?page=2")
                .then().statusCode(200)
                .header("X-Stub", "ppid")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/ppid/standard/versions"))
                .body("query", equalTo("page=2"));
    }

    @Test
    void aPostBodyIsStreamedThrough() {
        given().contentType(ContentType.JSON).body("{\"x\":1}")
                .when().post("/api/ppid/requests")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"x\":1}"));
    }

    @Test
    void aRequestIdIsMadeUpPassedOnAndAnswered() {
        String id = given().when().get("/api/ppid/standard")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().when().get("/api/ppid/standard").then().body("requestId", notNullValue());
        given().header("X-Request-Id", "front-1234").when().get("/api/ppid/standard")
                .then().header("X-Request-Id", "front-1234").body("requestId", equalTo("front-1234"));
        given().header("X-Request-Id", "not acceptable\u00e9").when().get("/api/ppid/standard")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        org.assertj.core.api.Assertions.assertThat(id).isNotBlank();
    }

    @Test
    void theServicesLinksNameTheGateway() {
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("X-Stub-Links", "yes").contentType(ContentType.JSON).body("{}")
                .when().post("/api/ppid/requests")
                .then().header("Location", base + "/api/ppid/requests/0b7c1c1e?view=full")
                .header("Content-Location", base + "/api/ppid/requests/0b7c1c1e");
    }

    @Test
    void behindATrustedProxyTheLinksNameTheAddressItForwarded() {
        given().header("X-Stub-Links", "yes").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "layanan.madiunkota.go.id")
                .when().get("/api/ppid/standard")
                .then().header("Location", "https://layanan.madiunkota.go.id/api/ppid/requests/0b7c1c1e?view=full");
    }

    @Test
    void theClientAddressIsTheGatewaysOwnSayingNeverTheCallers() {
        given().header("X-Client-Address", "203.0.113.66").when().get("/api/ppid/standard")
                .then().statusCode(200).body("clientAddress", equalTo("127.0.0.1"));
        given().header("X-Client-Address", "203.0.113.66").header("X-Forwarded-For", "198.51.100.7")
                .when().get("/api/ppid/standard")
                .then().statusCode(200).body("clientAddress", equalTo("198.51.100.7"));
    }

    @Test
    void aPathOutsideTheRoutesIsAProblem() {
        given().header("Accept-Language", "en").when().get("/api/unknown/standard")
                .then().statusCode(404).contentType("application/problem+json")
                .header("X-Stub", nullValue())
                .body("type", equalTo("https://madiunkota.go.id/problems/http.404")) // the services' type for a 404
                .body("title", equalTo("Not found"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeForwarding() {
        given().contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(2_100_000) + "\"}")
                .when().post("/api/ppid/requests")
                .then().statusCode(413).contentType("application/problem+json").header("X-Stub", nullValue())
                .body("type", equalTo("https://madiunkota.go.id/problems/http.413"));
    }

    @Test
    void aDocumentSizedMultipartBodyPassesOnAnUploadRouteOnly() {
        byte[] scan = multipart(3_000_000); // past the 2 MiB of every other route, within a document's 10 MiB
        upload(scan).when().put("/api/ppid/requests/7d1c/power-of-attorney")
                .then().statusCode(200).header("X-Stub", "ppid");
        upload(scan).when().post("/api/ppid/requests")
                .then().statusCode(413).contentType("application/problem+json").header("X-Stub", nullValue());
        // on the upload route, a body that is not multipart keeps the 2 MiB limit
        given().contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(2_100_000) + "\"}")
                .when().put("/api/ppid/requests/7d1c/power-of-attorney")
                .then().statusCode(413).header("X-Stub", nullValue());
        // and a multipart body past a document's limit is refused there too, from its headers, naming that limit
        RawHttp.Answer answer = RawHttp.announce(io.restassured.RestAssured.port, "PUT",
                "/api/ppid/requests/7d1c/power-of-attorney", "multipart/form-data; boundary=" + BOUNDARY, 10_600_000);
        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(answer.body())
                .contains("The request body exceeds the limit of 10551296 bytes.");
    }

    /** A multipart body sent with its Content-Length, as a browser's form upload is. */
    private static io.restassured.specification.RequestSpecification upload(byte[] body) {
        return given().contentType("multipart/form-data; boundary=" + BOUNDARY).body(body);
    }

    private static final String BOUNDARY = "gateway-test-boundary";

    /** One part {@code file} of {@code size} bytes. */
    private static byte[] multipart(int size) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kuasa.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) '%');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().when().get("/api/ppid/standard")
                .then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }

    @Test
    void aConfiguredFrontendOriginMayCallAndAnotherMayNot() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .when().options("/api/ppid/requests")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/ppid/requests")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
