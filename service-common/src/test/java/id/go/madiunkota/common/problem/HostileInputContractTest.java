package id.go.madiunkota.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input against a service's own endpoints (the service standard, which every service has), run by each
 * service against itself: the shared strict reader, edge filter and tolerant language choice are in force there. Every
 * case is a 4xx problem+json naming the field, never a 500.
 */
public abstract class HostileInputContractTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    /** The service's clock (the test profile's), so that "tomorrow" is the service's tomorrow on a shifted clock. */
    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The service's REST prefix, such as {@code /api/ppid}. */
    protected abstract String prefix();

    private RequestSpecification api() {
        return given().basePath(prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en;q=abc", "id;q=2", "*;q=0.5x", ";;;", "en;q=0.5;q=0.4"})
    void aMalformedAcceptLanguageIsIgnored(String header) {
        api().header("Accept-Language", header).when().get("standard/versions/9999")
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Data tidak ditemukan"));
        api().header("Accept-Language", header).contentType(ContentType.JSON).body("{}")
                .when().post("standard/versions")
                .then().statusCode(401).contentType(PROBLEM).body("title", equalTo("Perlu masuk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "1%00", "%1B", "%C3%28", "%ED%A0%80"})
    void aControlCharacterOrInvalidUtf8InThePathIsRefused(String segment) {
        api().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("standard/versions/" + segment)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("version"));
    }

    @Test
    void aControlCharacterInTheQueryIsRefused() {
        api().urlEncodingEnabled(false).when().get("standard?x=%00")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("x"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aDuplicateKeyIsRefusedWithTheFieldNamed() {
        String body = validBody();
        publish(body.replaceFirst("\\{", "{\"title\":\"Dua kali\","))
                .body("errors.field", hasItem("title"))
                .body("detail", equalTo("Field 'title' appears more than once in one object."));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void datesOutsideTheRangeAndControlCharactersAreRefusedWithTheFieldNamed() {
        String body = validBody();
        String effective = tomorrow().toString();
        publish(body.replace(effective, "+999999999-12-31")).body("errors.field", hasItem("effectiveDate"))
                .body("errors.message", hasItem("must be a date from 1900-01-01 to 2200-12-31"));
        publish(body.replace(effective, "-999999999-01-01")).body("errors.field", hasItem("effectiveDate"));
        publish(body.replace("\"source\":\"test\"", "\"source\":\"te\\u0000st\""))
                .body("errors.field", hasItem("source"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "{\"title\":", "{}}", "{\"components\":" + "[" + "]"})
    @TestSecurity(user = "admin", roles = "admin")
    void malformedOrMisshapenBodiesAre400(String body) {
        api().contentType(ContentType.JSON).body(body).when().post("standard/versions")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void deepNestingAndWrongContentTypesAreRefused() {
        publish(validBody().replace("\"source\":\"test\"", "\"source\":" + "[".repeat(300) + "]".repeat(300)))
                .body("title", containsString("request body"));
        api().contentType(ContentType.TEXT).body(validBody()).header("Accept-Language", "en")
                .when().post("standard/versions")
                .then().statusCode(415).contentType(PROBLEM).body("title", equalTo("Unsupported media type"));
    }

    private ValidatableResponse publish(String json) {
        return api().contentType(ContentType.JSON).header("Accept-Language", "en").body(json)
                .when().post("standard/versions")
                .then().statusCode(400).contentType(PROBLEM);
    }

    /** A valid publication body (the version in force, effective tomorrow), as JSON text to spoil. */
    private String validBody() {
        JsonPath current = api().when().get("standard").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", current.getString("title"));
        body.put("effectiveDate", tomorrow().toString());
        body.put("source", "test");
        body.put("components", current.getList("components"));
        body.put("targets", current.getMap("targets"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate tomorrow() {
        return LocalDate.now(clock).plusDays(1);
    }
}
