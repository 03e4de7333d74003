package id.go.madiunkota.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The gateway forwards /api/{service}/** unchanged to the service and relays its answer. */
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
    void aPathOutsideTheRoutesIsNotForwarded() {
        given().when().get("/api/unknown/standard").then().statusCode(404).header("X-Stub", nullValue());
    }
}
