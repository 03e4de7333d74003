package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three rules found broken by reading the law against the code: a request is numbered in the year of its receipt
 * day (the year the annual report counts it in); a ground the PPID's superior has answered goes on to the Komisi
 * Informasi, not into a second objection; and a request that ended without a decision gives nothing to object to,
 * said as such (not "the response period still runs").
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior", "auditor"})
class RegisterYearAndObjectionLimitsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLetterReceivedAfterClosingOnNewYearsEveIsNumberedAndReportedInTheNewYear() {
        clock.set(OffsetDateTime.parse("2026-01-05T09:00:00+07:00"));
        int before2025 = total(2025);
        int before2026 = total(2026);
        Map<String, Object> body = personRequest();
        body.put("channel", "LETTER");
        body.put("receivedAt", "2025-12-31T16:30:00+07:00");
        String number = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).body("receivedOn", equalTo("2026-01-02")).extract().path("registrationNumber");
        assertThat(number).startsWith("PPID/2026/");
        assertThat(total(2026)).as("the 2026 report counts it").isEqualTo(before2026 + 1);
        assertThat(total(2025)).as("the 2025 report does not").isEqualTo(before2025);
    }

    @Test
    void aGroundTheSuperiorHasAnsweredGoesToTheCommissionNotIntoASecondObjection() {
        clock.set(OffsetDateTime.parse("2026-03-16T10:00:00+07:00"));
        String request = walkIn();
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "exemptionGrounds",
                List.of("PASAL_17_H"), "consequenceTest", "Data pribadi.")).when()
                .post("/api/ppid/requests/" + request + "/decision").then().statusCode(200);
        Map<String, Object> objection = Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Keberatan.");
        String first = given().contentType(ContentType.JSON).body(objection).when()
                .post("/api/ppid/requests/" + request + "/objections").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "Sudah diuji.")).when()
                .post("/api/ppid/objections/" + first + "/decision").then().statusCode(200);

        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(objection).when()
                .post("/api/ppid/requests/" + request + "/objections").then().statusCode(409)
                .body("type", containsString("objection.ground-already-answered"))
                .body("detail", containsString("Komisi Informasi"))
                .body("detail", containsString("penolakan berdasarkan Pasal 17"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(objection).when()
                .post("/api/ppid/requests/" + request + "/objections").then().statusCode(409)
                .body("title", equalTo("Objection already answered"));
    }

    @Test
    void aWithdrawnRequestIsSaidToHaveEndedNotToBeWithinItsResponsePeriod() {
        clock.set(OffsetDateTime.parse("2026-03-16T10:00:00+07:00"));
        String request = walkIn();
        given().contentType(ContentType.JSON).body(Map.of("reason", "Tidak jadi")).when()
                .post("/api/ppid/requests/" + request + "/withdrawal").then().statusCode(200);
        clock.set(OffsetDateTime.parse("2026-05-04T10:00:00+07:00"));
        Map<String, Object> objection = Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "x");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(objection).when()
                .post("/api/ppid/requests/" + request + "/objections").then().statusCode(422)
                .body("type", containsString("objection.request-ended"))
                .body("detail", containsString("ended without a decision"))
                .body("detail", containsString("withdrawn"));
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(objection).when()
                .post("/api/ppid/requests/" + request + "/objections").then().statusCode(422)
                .body("detail", containsString("berakhir tanpa keputusan"));
    }

    private String walkIn() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().path("id");
    }

    private static int total(int year) {
        return given().queryParam("year", year).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .extract().path("requests.total");
    }
}
