package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A query parameter an endpoint does not read is refused as an unknown JSON field is (400 input-rejected naming it),
 * rather than quietly ignored: a misspelt filter must not answer the whole list; nothing is written.
 */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class UnknownParametersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REJECTED = "https://madiunkota.go.id/problems/input-rejected";
    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Test
    void aMisspeltFilterOfTheScheduleIsRefusedNamingIt() {
        given().header("Accept-Language", "en").queryParam("audiance", "PROVIDER").when().get("/api/training/sessions")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(REJECTED))
                .body("errors[0].field", equalTo("audiance"))
                .body("detail", containsString("audience"))
                .body("detail", containsString("page"));
        given().queryParam("audience", "PROVIDER").queryParam("size", 5).when().get("/api/training/sessions")
                .then().statusCode(200).body("size", equalTo(5));
    }

    @Test
    void everyListAndTheReportKnowOnlyTheirOwnParameters() {
        String any = UUID.randomUUID().toString();
        for (String path : new String[] {"/api/training/sessions/" + any + "/registrations",
            "/api/training/sessions/" + any + "/attendance", "/api/training/invitations"}) {
            given().queryParam("phone", "0812").when().get(path).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(REJECTED)).body("errors[0].field", equalTo("phone"));
        }
        given().queryParams(Map.of("from", "2026-01-01", "to", "2026-12-31", "audience", "PROVIDER"))
                .when().get("/api/training/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("audience"));
        given().queryParams(Map.of("from", "2026-01-01", "to", "2026-12-31")).when().get("/api/training/reports")
                .then().statusCode(200);
        given().queryParam("verbose", "true").when().get("/api/training/registrations/" + any).then()
                .statusCode(400).body("errors[0].field", equalTo("verbose"));
    }

    @Test
    void anUnknownParameterOnAWriteSavesNothing() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
        LocalDate day = TrainingFixtures.workingDay(YEAR, 1);
        int before = sessionsOn(day);
        Map<String, Object> body = TrainingFixtures.session("PROVIDER", day, 3, 7);
        given().header("Accept-Language", "id").contentType(ContentType.JSON).body(body).queryParam("notify", "all")
                .when().post("/api/training/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(REJECTED)).body("errors[0].field", equalTo("notify"));
        // Other classes of the run may hold sessions in the same random year: compare with the count before.
        assertEquals(before, sessionsOn(day));
        given().contentType(ContentType.JSON).body(body).when().post("/api/training/sessions").then().statusCode(201);
        assertEquals(before + 1, sessionsOn(day), "the same body without the unknown parameter is saved");
    }

    private static int sessionsOn(LocalDate day) {
        return given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/training/sessions").then().statusCode(200).extract().path("total");
    }
}
