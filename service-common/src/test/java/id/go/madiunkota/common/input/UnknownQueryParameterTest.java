package id.go.madiunkota.common.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A query parameter the endpoint does not read is refused like an unknown JSON field, naming the parameter. */
@QuarkusTest
class UnknownQueryParameterTest {

    private static final String REJECTED = "https://madiunkota.go.id/problems/input-rejected";

    private static ValidatableResponse get(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then();
    }

    @Test
    void anUnknownParameterIsRefusedNamingItAndTheKnownOnes() {
        get("/query-test/plain?q=a&phone=0812", "en").statusCode(400)
                .body("type", equalTo(REJECTED))
                .body("title", equalTo("Input rejected"))
                .body("detail", equalTo("Query parameter 'phone' is not known at this address. Known parameters: q, "
                        + "status."))
                .body("errors.field", contains("phone"))
                .body("errors.message", contains("unknown parameter"));
        get("/query-test/plain?phone=0812", "id").statusCode(400)
                .body("title", equalTo("Masukan ditolak"))
                .body("detail", equalTo("Parameter kueri 'phone' tidak dikenal di alamat ini. Parameter yang dikenal: "
                        + "q, status."))
                .body("errors.message", contains("parameter tidak dikenal"));
    }

    @Test
    void declaredParametersPassWithRestQueryByItsJavaName() {
        get("/query-test/plain?q=a&status=OPEN", "en").statusCode(200)
                .body("q", equalTo("a")).body("status", equalTo("OPEN"));
        get("/query-test/plain", "en").statusCode(200);
    }

    @Test
    void parametersInsideBeanParamsAreKnownNestedOnesAndRecordComponentsToo() {
        get("/query-test/beans?q=x&page=2&size=5&status=OPEN&from=2026-01-01", "en").statusCode(200)
                .body("q", equalTo("x")).body("page", equalTo(2)).body("status", equalTo("OPEN"))
                .body("from", equalTo("2026-01-01"));
        get("/query-test/beans?q=x&notAParameter=1", "en").statusCode(400)
                .body("errors.field", contains("notAParameter"));
        get("/query-test/beans?since=2026-01-01", "en").statusCode(400).body("errors.field", contains("since"));
    }

    @Test
    void anEndpointWithoutParametersRefusesEveryOne() {
        get("/query-test/none", "en").statusCode(200);
        get("/query-test/none?x=1", "en").statusCode(400)
                .body("detail", equalTo("Query parameter 'x' is not known: this address takes no query parameters."));
    }

    @Test
    void parametersDeclaredOnTheInterfaceAreKnown() {
        get("/query-test/declared?code=7", "en").statusCode(200).body("code", equalTo("7"));
        get("/query-test/declared?kode=7", "en").statusCode(400).body("errors.field", contains("kode"));
    }

    @Test
    void aNameWithAControlCharacterIsRefusedAtTheEdgeFirst() {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("/query-test/none?a%00b=1")
                .then().statusCode(400)
                .body("type", equalTo("https://madiunkota.go.id/problems/validation"));
    }

    @Test
    void aBadEnumValueInABodyListsTheAllowedValues() {
        given().contentType("application/json").header("Accept-Language", "en")
                .body("{\"name\":\"a\",\"colour\":\"BLUE\"}").when().post("/input-test/echo").then().statusCode(400)
                .body("errors.field", contains("colour"))
                .body("errors.message", contains("must be one of: RED, GREEN"));
        given().header("Accept-Language", "id").when().get("/input-test/items/a?colour=BLUE").then().statusCode(400)
                .body("errors.field", contains("colour"))
                .body("errors.message", contains("harus salah satu dari: RED, GREEN"));
    }
}
