package id.go.madiunkota.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.input.InvalidParameterException;
import id.go.madiunkota.common.problem.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The page and period parameters every list and report endpoint reads the same way. */
@QuarkusTest
class ParamsTest {

    private static final String VALIDATION = "https://madiunkota.go.id/problems/validation";

    @Test
    void aPageDefaultsToTheFirstTwenty() {
        given().when().get("/params-test/page").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("offset", equalTo(0));
        given().queryParam("page", 3).queryParam("size", 100).when().get("/params-test/page").then()
                .statusCode(200).body("page", equalTo(3)).body("size", equalTo(100)).body("offset", equalTo(300));
    }

    @Test
    void aPageOutOfRangeIsRefusedNamingTheParameter() {
        given().header("Accept-Language", "en").queryParam("size", 101).when().get("/params-test/page").then()
                .statusCode(400).body("type", equalTo(VALIDATION)).body("errors.field", contains("size"))
                .body("errors.message", contains("must be from 1 to 100"));
        given().queryParam("size", 0).when().get("/params-test/page").then()
                .statusCode(400).body("errors.field", contains("size"))
                .body("errors.message", contains("harus antara 1 dan 100"));
        given().queryParam("page", -1).when().get("/params-test/page").then()
                .statusCode(400).body("errors.field", contains("page"));
        given().queryParam("page", PageView.MAX_PAGE + 1).when().get("/params-test/page").then()
                .statusCode(400).body("errors.field", contains("page"));
        given().queryParam("page", "two").when().get("/params-test/page").then()
                .statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void aPeriodIsReadAsTheOfficesDays() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").when().get("/params-test/period")
                .then().statusCode(200)
                .body("from", equalTo("2026-01-01")).body("to", equalTo("2026-12-31"))
                .body("start", equalTo("2025-12-31T17:00:00Z")).body("end", equalTo("2026-12-31T17:00:00Z"));
    }

    @Test
    void aMissingOrMalformedDayIsRefusedNamingIt() {
        given().header("Accept-Language", "en").queryParam("to", "2026-12-31").when().get("/params-test/period")
                .then().statusCode(400).body("type", equalTo(VALIDATION)).body("errors.field", contains("from"))
                .body("errors.message", contains("is required"));
        given().queryParam("from", "2026-01-01").when().get("/params-test/period")
                .then().statusCode(400).body("errors.field", contains("to"))
                .body("errors.message", contains("wajib diisi"));
        given().queryParam("from", "2026-02-30").queryParam("to", "2026-03-01").when().get("/params-test/period")
                .then().statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void aPeriodLongerThanTheOneLimitOrBackwardsIsRefusedOnTo() {
        given().header("Accept-Language", "en").queryParam("from", "2026-01-01").queryParam("to", "2027-01-02")
                .when().get("/params-test/period").then().statusCode(400)
                .body("errors.field", contains("to"))
                .body("errors.message", contains("a report covers at most 366 days"));
        given().queryParam("from", "2026-01-02").queryParam("to", "2026-01-01")
                .when().get("/params-test/period").then().statusCode(400).body("errors.field", contains("to"));
        // 366 days: a leap year whole
        given().queryParam("from", "2028-01-01").queryParam("to", "2028-12-31")
                .when().get("/params-test/period").then().statusCode(200);
    }

    @Test
    void paramsMadeInCodeAreCheckedTheSameWay() {
        assertThat(PageParams.of(2, 10).offset()).isEqualTo(20);
        assertThatThrownBy(() -> PageParams.of(0, 101).size()).isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("size");
        assertThat(PeriodParams.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))
                .period(ZoneId.of("Asia/Jakarta")).to()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThatThrownBy(() -> PeriodParams.of(null, LocalDate.parse("2026-03-31")).period(ZoneId.of("UTC")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> PeriodParams.of(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-01"))
                .period(ZoneId.of("UTC"))).isInstanceOf(InvalidInputException.class);
    }
}
