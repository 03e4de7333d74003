package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The superior's objection screens against the stand-in gateway: the queue with its 30-working-day clock, one
 * objection with the request it is about, the decision sent with the superior's token; the officer reads without the
 * decision and cannot send one.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakStandIn.class, restrictToAnnotatedClass = true)
class OfficeObjectionPagesTest {

    static final String ID = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    @TestSecurity(user = "atasan.ppid", roles = "ppid-superior")
    @OidcSecurity
    void theSuperiorFindsTheOpenObjectionsWithTheirClock() {
        assertThat(given().when().get("/kantor").then().statusCode(200).extract().asString())
                .contains("<a href=\"/kantor/ppid/keberatan\">Atasan PPID</a>");
        GatewayStandIn.on("GET", "/api/ppid/objections?page=0&size=20&status=FILED", 200,
                OfficePagesTest.page(1, AccountPagesTest.OBJECTION));
        String html = given().queryParam("status", "FILED").when().get("/kantor/ppid/keberatan").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/kantor/ppid/keberatan/" + ID + "\">KEBERATAN/2026/000007</a>",
                "Sedang dipertimbangkan atasan PPID", "26 November 2026", "8 Januari 2027", "30 hari kerja",
                "<option value=\"FILED\" selected>");
    }

    @Test
    @TestSecurity(user = "atasan.ppid", roles = "ppid-superior")
    @OidcSecurity
    void theSuperiorDecidesAndARefusalComesBackNextToItsField() {
        GatewayStandIn.on("GET", "/api/ppid/objections/" + ID, 200, AccountPagesTest.OBJECTION);
        String html = given().when().get("/kantor/ppid/keberatan/" + ID).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("href=\"/kantor/ppid/permohonan/" + AccountPagesTest.OTHER + "\"",
                "Data itu tidak memuat data pribadi.", "id=\"form-decision\"", "value=\"OVERTURNED\"");

        GatewayStandIn.on("POST", "/api/ppid/objections/" + ID + "/decision", 400, """
                {"title":"Isian tidak valid","status":400,"errors":[{"field":"reason",
                 "message":"tidak boleh kosong"}]}""");
        String refused = given().contentType(ContentType.URLENC).formParam("outcome", "UPHELD").when()
                .post("/kantor/ppid/keberatan/" + ID + "/decision").then().statusCode(400).extract().asString();
        assertThat(refused).contains("id=\"e-reason\"", "tidak boleh kosong", "value=\"UPHELD\" checked");

        GatewayStandIn.on("POST", "/api/ppid/objections/" + ID + "/decision", 200,
                AccountPagesTest.OBJECTION.replace("\"FILED\"", "\"DECIDED\""));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("outcome", "UPHELD")
                .formParam("reason", "Data memuat alamat pribadi penerima.").when()
                .post("/kantor/ppid/keberatan/" + ID + "/decision").then().statusCode(303);
        GatewayStandIn.Received sent = GatewayStandIn.received().get(GatewayStandIn.received().size() - 1);
        assertThat(sent.body()).contains("\"outcome\":\"UPHELD\"",
                "\"reason\":\"Data memuat alamat pribadi penerima.\"");
        assertThat(sent.authorization()).startsWith("Bearer ey");
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void theOfficerReadsWithoutTheDecision() {
        GatewayStandIn.on("GET", "/api/ppid/objections/" + ID, 200, AccountPagesTest.OBJECTION);
        assertThat(given().when().get("/kantor/ppid/keberatan/" + ID).then().statusCode(200).extract().asString())
                .contains("KEBERATAN/2026/000007").doesNotContain("form-decision");
        given().contentType(ContentType.URLENC).formParam("outcome", "UPHELD").formParam("reason", "x").when()
                .post("/kantor/ppid/keberatan/" + ID + "/decision").then().statusCode(403);
        assertThat(GatewayStandIn.received()).noneMatch(r -> r.method().equals("POST"));
    }
}
