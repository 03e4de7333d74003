package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what with verifications and reports: 401 without a token, 403 for a role that may not. */
@QuarkusTest
class VerificationAccessTest {

    private static final String ID = UUID.randomUUID().toString();

    /** One call of each verification endpoint, with a well-formed body. */
    private static ValidatableResponse call(String method, String path) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        String url = BASE + path.replace("{id}", ID);
        Object body = switch (path) {
            case "/verifications" -> Fixtures.start(UUID.randomUUID().toString(), "NIB-2021");
            case "/verifications/{id}/documents/NIB" -> Map.of("originalSighted", true, "copyReceived", true);
            case "/verifications/{id}/blacklist-check" -> Map.of("listed", false, "source", "LKPP");
            case "/verifications/{id}/decision" -> Map.of("outcome", "APPROVED");
            case "/verifications/{id}/archive" -> Map.of("archiveReference", "A-1");
            default -> null;
        };
        if (body != null) {
            request = request.body(body);
        }
        if (path.equals("/reports")) {
            request = request.queryParam("from", "2026-03-01").queryParam("to", "2026-03-31");
        }
        return request.when().request(method, url).then();
    }

    /** Every verifier endpoint of this service: method and path. */
    static Stream<Arguments> everyEndpoint() {
        return Stream.of(
                Arguments.of("POST", "/verifications"),
                Arguments.of("GET", "/verifications"),
                Arguments.of("GET", "/verifications/{id}"),
                Arguments.of("PUT", "/verifications/{id}/documents/NIB"),
                Arguments.of("POST", "/verifications/{id}/blacklist-check"),
                Arguments.of("POST", "/verifications/{id}/decision"),
                Arguments.of("POST", "/verifications/{id}/signature"),
                Arguments.of("POST", "/verifications/{id}/archive"),
                Arguments.of("GET", "/reports"));
    }

    @ParameterizedTest(name = "{0} {1} without a token is 401")
    @MethodSource("everyEndpoint")
    void everyEndpointNeedsAToken(String method, String path) {
        call(method, path).statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest(name = "{0} {1} as a citizen is 403")
    @MethodSource("everyEndpoint")
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNot(String method, String path) {
        call(method, path).statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Akses ditolak"));
    }

    @ParameterizedTest(name = "{0} {1} as an auditor is 403")
    @CsvSource({
        "POST, /verifications",
        "PUT, /verifications/{id}/documents/NIB",
        "POST, /verifications/{id}/blacklist-check",
        "POST, /verifications/{id}/decision",
        "POST, /verifications/{id}/signature",
        "POST, /verifications/{id}/archive"})
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void anAuditorReadsButDoesNotAct(String method, String path) {
        call(method, path).statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest(name = "{0} {1} as an admin is 403")
    @CsvSource({
        "POST, /verifications",
        "PUT, /verifications/{id}/documents/NIB",
        "POST, /verifications/{id}/blacklist-check",
        "POST, /verifications/{id}/decision",
        "POST, /verifications/{id}/signature",
        "POST, /verifications/{id}/archive",
        "GET, /verifications",
        "GET, /verifications/{id}"})
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminNeitherVerifiesNorReadsTheRegister(String method, String path) {
        call(method, path).statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminReadsTheAggregateReport() {
        given().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").when().get(BASE + "/reports")
                .then().statusCode(200).contentType(ContentType.JSON).body("from", equalTo("2031-05-01"));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theAuditorReadsTheRegister() {
        given().when().get(BASE + "/verifications").then().statusCode(200).body("page", equalTo(0));
        given().when().get(BASE + "/verifications/" + ID).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
