package id.go.madiunkota.helpdesk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * A query parameter an endpoint does not read is refused like an unknown JSON field: 400 {@code input-rejected}
 * naming the parameter, before anything is read or written ({@code /consultations?phone=} no longer lists them all).
 */
@QuarkusTest
@TestSecurity(user = "agen.param", roles = "helpdesk-agent")
class UnknownQueryParameterTest {

    private static final String TYPE = "https://madiunkota.go.id/problems/input-rejected";

    @Test
    void consultationsRefuseASearchByPhone() {
        given().queryParam("phone", "081234567890").when().get("/api/helpdesk/consultations").then()
                .statusCode(400).contentType("application/problem+json").body("type", equalTo(TYPE))
                .body("title", equalTo("Masukan ditolak")).body("errors[0].field", equalTo("phone"))
                .body("detail", allOf(containsString("'phone'"), containsString("status"), containsString("topic"),
                        containsString("agent"), containsString("page"), containsString("size")));
        given().header("Accept-Language", "en").queryParam("caller", "Agus").queryParam("status", "OPEN")
                .when().get("/api/helpdesk/consultations").then().statusCode(400)
                .body("title", equalTo("Input rejected")).body("errors[0].field", equalTo("caller"));
        given().queryParam("status", "OPEN").queryParam("topic", "TENDER").queryParam("agent", "agen.param")
                .queryParam("page", 0).queryParam("size", 5).when().get("/api/helpdesk/consultations").then()
                .statusCode(200);
    }

    @Test
    void theCallbackQueueAndTheStepsRefuseUnknownParameters() {
        given().queryParam("agent", "agen.lain").when().get("/api/helpdesk/callbacks").then().statusCode(400)
                .body("type", equalTo(TYPE)).body("errors[0].field", equalTo("agent"));
        given().queryParam("due", true).queryParam("page", 0).queryParam("size", 10)
                .when().get("/api/helpdesk/callbacks").then().statusCode(200);
        given().queryParam("force", true).when()
                .post("/api/helpdesk/consultations/00000000-0000-0000-0000-000000000001/closure").then()
                .statusCode(400).body("errors[0].field", equalTo("force"));
        given().queryParam("verbose", 1).when().get("/api/helpdesk/consultations/00000000-0000-0000-0000-000000000001")
                .then().statusCode(400).body("errors[0].field", equalTo("verbose"));
    }

    @Test
    void complaintsReportsAndTopicsRefuseUnknownParameters() {
        given().queryParam("phone", "081298765432").when().get("/api/helpdesk/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        given().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").queryParam("service", "PPID")
                .when().get("/api/helpdesk/reports").then().statusCode(400).body("errors[0].field", equalTo("service"));
        given().queryParam("lang", "en").when().get("/api/helpdesk/topics").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"))
                .body("detail", containsString("Parameter yang dikenal: page, size."));
        given().queryParam("name", "x").when().get("/api/helpdesk/complaints/tracking/AAAAA-BBBBB").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
