package id.go.madiunkota.ppid.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.holiday.HolidayAccuracy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The public prediction, and its accuracy measured against every decree this service stores: the national holidays of
 * 2025 and 2026 from the seed migration.
 */
@QuarkusTest
class PredictedHolidaysTest {

    private static final Logger LOG = Logger.getLogger(PredictedHolidaysTest.class);

    @Inject
    DataSource dataSource;

    @Test
    void theStoredDecreesAreMatchedExactlyOnNineDaysInTenAndWithinADayOnAll() throws SQLException {
        List<HolidayAccuracy.Decreed> decreed = storedNationalHolidays();
        List<HolidayAccuracy.Line> lines = HolidayAccuracy.compare(decreed);
        String table = HolidayAccuracy.table(lines);
        LOG.info("Predicted holidays against the stored decrees:\n" + table);

        assertThat(decreed).extracting(day -> day.date().getYear()).containsOnly(2025, 2026).hasSize(34);
        assertThat(lines.stream().filter(HolidayAccuracy.Line::exact).count()).as(table)
                .isGreaterThanOrEqualTo((long) Math.ceil(lines.size() * 0.9));
        assertThat(lines).as(table).allMatch(HolidayAccuracy.Line::withinOneDay);
        // and through the endpoint, which is what the decrees are compared with
        for (int year : new int[] {2025, 2026}) {
            List<Map<String, Object>> items = given().queryParam("year", year).when()
                    .get("/api/ppid/calendar/predicted-holidays").then().statusCode(200).extract().path("items");
            assertThat(items).extracting(item -> (String) item.get("date")).containsAll(lines.stream()
                    .filter(line -> line.decreed().getYear() == year && line.exact())
                    .map(line -> line.decreed().toString()).toList());
        }
    }

    @Test
    void anyYearFrom1900To2100IsPredictedWithItsRules() {
        given().queryParam("year", 2027).when().get("/api/ppid/calendar/predicted-holidays").then().statusCode(200)
                .body("items.find { it.date == '2027-01-05' }.name", equalTo("Isra Mikraj Nabi Muhammad SAW"))
                .body("items.find { it.date == '2027-01-05' }.rule", equalTo(
                        "27 Rajab, MABIMS at sunset from Banda Aceh (altitude >= 3°, elongation >= 6.4°)"))
                .body("items.find { it.date == '2027-03-28' }.rule", equalTo("Gregorian computus"))
                .body("items.date", hasItem("2027-01-01"));
        given().queryParam("year", 1900).when().get("/api/ppid/calendar/predicted-holidays").then().statusCode(200)
                .body("items.date", hasItem("1900-08-17"));
    }

    @Test
    void aWholeYearIsOnePageByDefaultAndSmallerPagesAreCutInDateOrder() {
        List<String> year = given().queryParam("year", 2027).when().get("/api/ppid/calendar/predicted-holidays")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50))
                .extract().path("items.date");
        assertThat(year).hasSizeGreaterThan(10).isSorted();
        given().queryParam("year", 2027).when().get("/api/ppid/calendar/predicted-holidays").then()
                .body("total", equalTo(year.size()));
        given().queryParam("year", 2027).queryParam("page", 1).queryParam("size", 5).when()
                .get("/api/ppid/calendar/predicted-holidays").then().statusCode(200)
                .body("items.date", contains(year.subList(5, 10).toArray())).body("total", equalTo(year.size()));
        for (String size : new String[] {"0", "101"}) {
            given().queryParam("year", 2027).queryParam("size", size).header("Accept-Language", "en").when()
                    .get("/api/ppid/calendar/predicted-holidays").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("size"));
        }
    }

    @Test
    void aYearOutsideTheRangeOrMalformedIsRefused() {
        for (String year : new String[] {"1899", "2101", "20x7", ""}) {
            given().queryParam("year", year).header("Accept-Language", "en").when()
                    .get("/api/ppid/calendar/predicted-holidays").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("year"));
        }
    }

    private List<HolidayAccuracy.Decreed> storedNationalHolidays() throws SQLException {
        List<HolidayAccuracy.Decreed> days = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select d.date, d.name from non_working_day d join calendar_decree c"
                        + " on c.year = extract(year from d.date) where d.kind = 'NATIONAL_HOLIDAY'"
                        + " and c.year in (2025, 2026) order by d.date");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                days.add(new HolidayAccuracy.Decreed(rows.getObject(1, LocalDate.class), rows.getString(2)));
            }
        }
        return days;
    }
}
