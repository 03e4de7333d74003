package id.go.madiunkota.common.input;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and careless input through real HTTP: every case is a 4xx problem+json that names the field where it can,
 * never a 500 and never an empty body.
 */
@QuarkusTest
class HostileInputTest {

    private static final String ECHO = "/input-test/echo";

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(json)
                .when().post(ECHO).then();
    }

    private static ValidatableResponse badBody(String json) {
        return post(json).statusCode(400).contentType(Problem.MEDIA_TYPE).body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en;q=abc", "id;q=2", "*;q=0.5x", ";;;", "\u00ff\u00fe", "en-US;q=0.9;q=0.8"})
    void aMalformedAcceptLanguageGivesTheErrorAnswerInIndonesian(String header) {
        given().header("Accept-Language", header).when().get("/input-test/nowhere")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Alamat tidak ditemukan"));
        given().contentType(ContentType.JSON).header("Accept-Language", header).body("{\"name\":\"\"}")
                .when().post(ECHO)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aVeryLongAcceptLanguageIsIgnored() {
        given().header("Accept-Language", "en;q=0.9," + "x-yz;q=0.1,".repeat(700)).when().get("/input-test/nowhere")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Alamat tidak ditemukan"));
    }

    @Test
    void aDuplicateKeyIsRefusedWithTheFieldNamed() {
        badBody("{\"name\":\"a\",\"count\":1,\"name\":\"b\"}")
                .body("detail", equalTo("Field 'name' appears more than once in one object."))
                .body("errors.field", hasItem("name"));
        badBody("{\"name\":\"a\",\"inner\":{\"label\":\"x\",\"label\":\"y\"}}")
                .body("errors.field", hasItem("inner.label"));
    }

    @Test
    void wrongTypesAndTooBigNumbersNameTheField() {
        badBody("{\"name\":\"a\",\"count\":\"many\"}").body("errors.field", hasItem("count"));
        badBody("{\"name\":\"a\",\"count\":99999999999999999999}").body("errors.field", hasItem("count"));
        badBody("{\"name\":\"a\",\"inner\":{\"label\":\"x\",\"size\":1e400}}")
                .body("errors.field", hasItem("inner.size"));
        badBody("{\"name\":\"a\",\"colour\":\"BLUE\"}").body("errors.field", hasItem("colour"));
        badBody("{\"name\":{\"nested\":true}}").body("errors.field", hasItem("name"));
        badBody("{\"name\":\"a\",\"count\":" + "9".repeat(5000) + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\"", "{\"name\":", "[1,2,3]", "\"just text\"", "42", "null", "{,}",
        "{\"name\":\"a\"}}", "\u0000", "{'name':'a'}"})
    void malformedOrMisshapenBodiesAreRefused(String json) {
        badBody(json).body("title", not(equalTo("")));
    }

    @Test
    void anEmptyBodyIsRefused() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").when().post(ECHO)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("status", equalTo(400));
    }

    @Test
    void nullForARequiredFieldNamesIt() {
        badBody("{\"name\":null}").body("errors.field", hasItem("name"));
        badBody("{\"name\":\"a\",\"inner\":{\"label\":null}}").body("errors.field", hasItem("inner.label"));
    }

    @Test
    void deepNestingAndHugeTextsAreRefused() {
        badBody("{\"name\":\"a\",\"tags\":" + "[".repeat(500) + "]".repeat(500) + "}")
                .body("errors.field", hasItem("tags[0]"));
        badBody("{\"name\":\"a\",\"extra\":" + "[".repeat(500) + "]".repeat(500) + "}")
                .body("detail", containsString("nesting at most 64 levels"));
        badBody("{\"name\":\"" + "x".repeat(1_100_000) + "\"}").body("detail", containsString("1000000 characters"));
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        given().contentType(ContentType.TEXT).header("Accept-Language", "en").body("{\"name\":\"a\"}")
                .when().post(ECHO)
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unsupported media type"));
        given().contentType("application/xml").body("<name>a</name>").when().post(ECHO)
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void controlCharactersAndLoneSurrogatesInBodyTextsAreRefusedWithTheFieldNamed() {
        badBody("{\"name\":\"a\\u0000b\"}").body("errors.field", hasItem("name"))
                .body("errors.message",
                        hasItem("must not contain control characters (other than tab and line breaks)"));
        badBody("{\"name\":\"a\",\"inner\":{\"label\":\"\\u001b[2J\"}}").body("errors.field", hasItem("inner.label"));
        badBody("{\"name\":\"a\",\"tags\":[\"ok\",\"\\u0007\"]}").body("errors.field", hasItem("tags[1]"));
        badBody("{\"name\":\"\\ud800\"}").body("errors.field", hasItem("name"))
                .body("errors.message", hasItem("is not valid UTF-8 text"));
    }

    @Test
    void invalidUtf8InTheBodyIsRefused() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        given().contentType(ContentType.JSON).body(body).when().post(ECHO)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void tabsLineBreaksEmojiAndRightToLeftTextAreAccepted() {
        post("{\"name\":\"baris 1\\n\\tbaris 2 🙂 مرحبا\"}").statusCode(200)
                .body("name", equalTo("baris 1\n\tbaris 2 🙂 مرحبا"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"day\":\"+999999999-12-31\"", "\"day\":\"1899-12-31\"", "\"day\":\"2201-01-01\"",
        "\"at\":\"-999999999-01-01T00:00:00+18:00\"", "\"at\":\"+999999999-12-31T23:59:59-18:00\"",
        "\"instant\":\"+1000000000-01-01T00:00:00Z\"", "\"instant\":\"-1000000-01-01T00:00:00Z\"",
        "\"instant\":\"1800-01-01T00:00:00Z\"", "\"local\":\"+999999999-12-31T23:59:59\"",
        "\"instant\":-99999999999999999"})
    void datesOutsideTheRangeAreRefusedWithTheFieldNamed(String field) {
        String name = field.substring(1, field.indexOf('"', 1));
        badBody("{\"name\":\"a\"," + field + "}").body("errors.field", hasItem(name));
    }

    @Test
    void datesInsideTheRangeAreRead() {
        post("{\"name\":\"a\",\"day\":\"2200-12-31\",\"at\":\"1900-01-01T12:00:00+07:00\","
                + "\"instant\":\"2026-03-13T02:00:00Z\",\"local\":\"2026-03-13T09:00:00\"}").statusCode(200)
                .body("day", equalTo("2200-12-31")).body("instant", equalTo("2026-03-13T02:00:00Z"));
        badBody("{\"name\":\"a\",\"day\":\"2026-02-30\"}").body("errors.field", hasItem("day"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "a%00b", "%1B", "%7F", "%C3%28", "%ED%A0%80", "%FF"})
    void aControlCharacterOrInvalidUtf8InThePathIsRefusedWithTheParameterNamed(String segment) {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("/input-test/items/" + segment)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%00", "q=a%0Bb", "q=%C3%28", "%00=x", "day=%00", "q=%E2%80%AEok%00"})
    void aControlCharacterOrInvalidUtf8InTheQueryIsRefused(String query) {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("/input-test/items/x?" + query)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors", hasSize(1));
    }

    @Test
    void theQueryParameterIsNamed() {
        given().urlEncodingEnabled(false).when().get("/input-test/items/x?q=a%00")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        given().urlEncodingEnabled(false).when().get("/input-test/items/x?q=caf%C3%A9+%F0%9F%99%82&colour=RED")
                .then().statusCode(200).body("q", equalTo("café 🙂")).body("colour", equalTo("RED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"day=%2B999999999-12-31", "day=1899-12-31", "day=2026-02-30", "day=tomorrow",
        "at=-999999999-01-01T00:00:00%2B18:00", "at=2026-03-13", "colour=BLUE", "colour=red", "n=abc",
        "n=99999999999", "n=1.5", "m=-", "m=2147483648"})
    void badDatesAndEnumsInTheQueryAre400WithTheParameterNamed(String query) {
        String name = query.substring(0, query.indexOf('='));
        given().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("/input-test/items/x?" + query)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem(name));
    }

    @Test
    void wholeNumbersInTheQueryAreRead() {
        given().when().get("/input-test/items/x?n=-7&m=2147483647").then().statusCode(200)
                .body("n", equalTo(-7)).body("m", equalTo(2147483647));
        given().when().get("/input-test/items/x").then().statusCode(200).body("n", equalTo(0));
        given().when().get("/input-test/items/x?m=&n=").then().statusCode(200).body("m", equalTo(null))
                .body("n", equalTo(0));
    }

    @Test
    void anEnumParameterListsItsValues() {
        given().header("Accept-Language", "en").when().get("/input-test/items/x?colour=BLUE")
                .then().statusCode(400).body("errors.message", hasItem("must be one of: RED, GREEN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/input-test/items/%", "/input-test/items/%ZZ", "/input-test/items/x?q=%",
        "/input-test/items/x?q=%ZZ", "/input-test/items/x?%=1", "/input-test/items/%C0%AF"})
    void brokenPercentEscapesAreA400(String target) throws IOException {
        // Sent over a plain socket: HTTP clients refuse to build such URLs. The HTTP server refuses a malformed escape
        // before any route runs (a 400 without body); invalid UTF-8 behind valid escapes reaches the edge filter.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target
                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            if (target.contains("%C0")) {
                assertThat(answer).contains(Problem.MEDIA_TYPE).contains("\"field\":\"code\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2B999999999-12-31", "-999999999-01-01", "1899-12-31", "2026-13-01", "x"})
    void badDatesInThePathAre400WithTheParameterNamed(String day) {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).when().get("/input-test/days/" + day)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("day"));
    }

    @Test
    void goodDatesInThePathAndQueryAreRead() {
        given().when().get("/input-test/days/2026-03-13").then().statusCode(200).body("day", equalTo("2026-03-13"));
        given().urlEncodingEnabled(false).when()
                .get("/input-test/items/x?day=2026-03-13&at=2026-03-13T09:00:00%2B07:00")
                .then().statusCode(200).body("day", equalTo("2026-03-13"))
                .body("at", equalTo("2026-03-13T09:00+07:00"));
    }
}
