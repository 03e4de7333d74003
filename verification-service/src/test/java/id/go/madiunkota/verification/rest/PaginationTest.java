package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider's history as pages: three verifications (two rejected, the last in progress), newest first, filtered by
 * provider and status; out-of-range page parameters are 400s naming the parameter.
 */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class PaginationTest {

    private String providerId;
    private String first;
    private String second;
    private String third;

    @BeforeEach
    void aProviderWithThreeVerifications() {
        providerId = Fixtures.registerProvider();
        first = Fixtures.startVerification(providerId);
        Fixtures.decide(first, Map.of("outcome", "REJECTED", "missing", List.of("NIB"))).statusCode(200);
        second = Fixtures.startVerification(providerId);
        Fixtures.decide(second, Map.of("outcome", "REJECTED", "missing", List.of("NIB"))).statusCode(200);
        third = Fixtures.startVerification(providerId);
    }

    @Test
    void aProvidersHistoryComesNewestFirstInPages() {
        given().queryParam("providerId", providerId).queryParam("size", 2).when().get(BASE + "/verifications")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.id", contains(third, second))
                .body("items.attempt", contains(3, 2));
        given().queryParam("providerId", providerId).queryParam("size", 2).queryParam("page", 1)
                .when().get(BASE + "/verifications").then().statusCode(200)
                .body("page", equalTo(1)).body("total", equalTo(3))
                .body("items.id", contains(first))
                .body("items[0].status", equalTo("REJECTED"));
        given().queryParam("providerId", providerId).queryParam("size", 2).queryParam("page", 2)
                .when().get(BASE + "/verifications").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void theStatusFilterAppliesBeforeThePage() {
        given().queryParam("providerId", providerId).queryParam("status", "REJECTED").queryParam("size", 1)
                .when().get(BASE + "/verifications").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(second));
        given().queryParam("providerId", providerId).queryParam("status", "IN_PROGRESS")
                .when().get(BASE + "/verifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(third)).body("size", equalTo(20));
        given().queryParam("providerId", providerId).queryParam("status", "ARCHIVED")
                .when().get(BASE + "/verifications").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void pageParametersOutOfRangeAre400sNamingTheParameter() {
        for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("size", 0),
                Map.entry("size", 101), Map.entry("page", -1), Map.entry("page", 1_000_001))) {
            given().queryParam(bad.getKey(), bad.getValue()).header("Accept-Language", "en")
                    .when().get(BASE + "/verifications").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
        given().queryParam("size", "viele").header("Accept-Language", "id")
                .when().get(BASE + "/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("harus bilangan bulat"));
    }

    @Test
    void theProviderListPagesTheSameWay() {
        given().queryParam("size", 1).queryParam("status", "REGISTERED").when().get(BASE + "/providers").then()
                .statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
        given().queryParam("size", 0).header("Accept-Language", "en").when().get(BASE + "/providers").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void anUnknownQueryParameterIsA400NamingIt() {
        given().queryParam("providerId", providerId).queryParam("phone", "0812").header("Accept-Language", "en")
                .when().get(BASE + "/verifications").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://madiunkota.go.id/problems/input-rejected"))
                .body("errors.field", contains("phone"))
                .body("errors.message", contains("unknown parameter"));
        given().queryParam("verifier", "petugas").header("Accept-Language", "id")
                .when().get(BASE + "/providers").then().statusCode(400)
                .body("title", equalTo("Masukan ditolak"))
                .body("errors.field", contains("verifier"))
                .body("errors.message", contains("parameter tidak dikenal"));
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").queryParam("verifier", "x")
                .when().get(BASE + "/reports").then().statusCode(400).body("errors.field", contains("verifier"));
        given().queryParam("businessForm", "CV").queryParam("represented", "true").queryParam("lang", "en")
                .when().get(BASE + "/checklists/NIB-2021").then().statusCode(400)
                .body("errors.field", contains("lang"));
    }
}
