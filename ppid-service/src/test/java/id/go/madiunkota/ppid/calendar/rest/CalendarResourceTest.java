package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.common.problem.Problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.ppid.CalendarDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public reads of the calendar against the seeded data. Changes by an admin are in
 * {@link CalendarResourceWriteTest}.
 */
@QuarkusTest
public class CalendarResourceTest {

    static final String PROBLEM = Problem.MEDIA_TYPE;

    @Inject
    DataSource dataSource;

    private CalendarDb db;

    @BeforeEach
    void setUp() {
        db = new CalendarDb(dataSource);
    }

    static RequestSpecification api() {
        return given().basePath("/api/ppid");
    }

    @Test
    void anyoneReadsAYearsNonWorkingDaysInDateOrder() {
        api().queryParam("year", 2025).when().get("calendar/non-working-days")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("total", equalTo(28))
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("items", hasSize(28))
                .body("items[0].date", equalTo("2025-01-01"))
                .body("items[0].kind", equalTo("NATIONAL_HOLIDAY"))
                .body("items[0].name", equalTo("Tahun Baru 2025 Masehi"))
                .body("items[0].source", equalTo("SKB 3 Menteri"))
                .body("items[0].addedBy", equalTo("seed"))
                .body("items.find { it.date == '2025-08-18' }.kind", equalTo("AD_HOC"))
                .body("items.find { it.date == '2025-04-07' }.kind", equalTo("CUTI_BERSAMA"))
                .body("items.find { it.date == '2025-03-31' }.name", equalTo("Idul Fitri 1446 Hijriah"))
                .body("items[27].date", equalTo("2025-12-26"));
    }

    @Test
    void pagesFollowEachOther() {
        api().queryParam("year", 2025).queryParam("page", 1).queryParam("size", 10)
                .when().get("calendar/non-working-days")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(10)).body("total", equalTo(28))
                .body("items.date", contains("2025-04-04", "2025-04-07", "2025-04-18", "2025-04-20", "2025-05-01",
                        "2025-05-12", "2025-05-13", "2025-05-29", "2025-05-30", "2025-06-01"));
        api().queryParam("year", 2025).queryParam("page", 2).queryParam("size", 10)
                .when().get("calendar/non-working-days")
                .then().statusCode(200).body("items", hasSize(8));
        api().queryParam("year", 2060).when().get("calendar/non-working-days")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void aWholeYearFitsOnOnePageOf366Days() {
        api().queryParam("year", 2025).queryParam("size", 366).when().get("calendar/non-working-days")
                .then().statusCode(200)
                .body("size", equalTo(366)).body("total", equalTo(28)).body("items", hasSize(28));
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/ppid/calendar/non-working-days'.get.parameters.find { it.name == 'size' }"
                        + ".schema.maximum", equalTo(366))
                .body("paths.'/api/ppid/calendar/non-working-days'.get.parameters.find { it.name == 'size' }"
                        + ".schema.default", equalTo(100))
                .body("paths.'/api/ppid/calendar/working-days'.get.parameters.find { it.name == 'add' }"
                        + ".schema.maximum", equalTo(60));
    }

    @Test
    void theYearIsRequiredAndChecked() {
        api().when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("wajib diisi"));
        api().header("Accept-Language", "en").queryParam("year", 1999).when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid data"))
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("must be greater than or equal to 2000"));
        api().queryParam("year", 2101).when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("harus lebih kecil dari atau sama dengan 2100"));
        api().queryParam("year", "dua ribu").when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("harus bilangan bulat"));
        api().header("Accept-Language", "en").queryParam("year", "dua ribu").when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("must be a whole number"));
        api().queryParam("year", 2026).queryParam("size", 367).queryParam("page", -1)
                .when().get("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("page", "size"));
    }

    @Test
    void anyoneReadsOneDayAndAWorkingDayIsNotFound() {
        api().when().get("calendar/non-working-days/2026-03-19")
                .then().statusCode(200)
                .body("name", equalTo("Hari Suci Nyepi (Tahun Baru Saka 1948)"))
                .body("kind", equalTo("NATIONAL_HOLIDAY"));
        api().header("Accept-Language", "en").when().get("calendar/non-working-days/2026-03-17")
                .then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Non-working day not found"))
                .body("detail", equalTo("2026-03-17 is not a non-working day."));
        api().when().get("calendar/non-working-days/2026-03-17")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Tanggal 2026-03-17 tidak tercatat sebagai hari tidak bekerja."));
    }

    @Test
    void anyoneCountsWorkingDaysWithTheVersionUsed() {
        api().queryParam("from", "2026-03-13").queryParam("add", 10).when().get("calendar/working-days")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("from", equalTo("2026-03-13"))
                .body("add", equalTo(10))
                .body("date", equalTo("2026-04-06"))
                .body("calendarVersion", equalTo(String.valueOf(db.version())));
        api().queryParam("from", "2025-03-27").queryParam("add", 3).when().get("calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2025-04-10"));
        api().queryParam("from", "2026-03-19").queryParam("add", 0).when().get("calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2026-03-19"));
    }

    @Test
    void workingDayQuestionsWithBadInputAreRefusedWithTheFieldsNamed() {
        api().header("Accept-Language", "en").when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("add", "from"));
        // A date that cannot be read is refused before the numbers are checked: only from is named.
        api().queryParam("from", "2026-02-30").queryParam("add", 61).when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("harus tanggal berbentuk YYYY-MM-DD, misalnya 2026-03-13"));
        api().queryParam("from", "2026-03-13").queryParam("add", 61).when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("add"))
                .body("errors[0].message", equalTo("harus lebih kecil dari atau sama dengan 60"));
        api().header("Accept-Language", "en").queryParam("from", "13-03-2026").queryParam("add", "-1")
                .when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("must be a date of the form YYYY-MM-DD, such as 2026-03-13"));
        api().header("Accept-Language", "en").queryParam("from", "2026-03-13").queryParam("add", "-1")
                .when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("add"))
                .body("errors[0].message", equalTo("must be greater than or equal to 0"));
        api().header("Accept-Language", "en").queryParam("from", "2026-03-13").queryParam("add", "sepuluh")
                .when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("add"))
                .body("errors[0].message", equalTo("must be a whole number"));
        api().header("Accept-Language", "en").queryParam("from", "+999999999-12-31").queryParam("add", 1)
                .when().get("calendar/working-days")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 to 2200-12-31"));
        api().header("Accept-Language", "en").when().get("calendar/non-working-days/-999999999-01-01")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("date"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 to 2200-12-31"));
        api().when().get("calendar/non-working-days/2026-02-30")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("date"));
    }

    @Test
    void readsNeedNoTokenButChangesDo() {
        api().contentType(ContentType.JSON).body(body("2029-03-05"))
                .when().post("calendar/non-working-days")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("title", equalTo("Perlu masuk"));
        api().queryParam("reason", "uji").when().delete("calendar/non-working-days/2026-03-19")
                .then().statusCode(401).contentType(PROBLEM);
        assertThat(db.stored(LocalDate.parse("2029-03-05"))).isFalse();
        assertThat(db.stored(LocalDate.parse("2026-03-19"))).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesEveryAnswer() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/ppid/calendar/non-working-days'.post.responses.keySet()",
                        contains("201", "400", "401", "403", "409", "422", "500"))
                .body("paths.'/api/ppid/calendar/non-working-days'.post.tags", hasItem("Working-day calendar"))
                .body("paths.'/api/ppid/calendar/non-working-days/{date}'.delete.responses.keySet()",
                        containsInAnyOrder("204", "400", "401", "403", "404", "409", "422", "500"))
                .body("paths.'/api/ppid/calendar/working-days'.get.parameters.name",
                        containsInAnyOrder("from", "add"))
                .body("paths.'/api/ppid/calendar/non-working-days'.get.security", nullValue())
                .body("paths.'/api/ppid/calendar/non-working-days'.post.responses.'409'.content."
                        + "'application/problem+json'.schema.'$ref'", endsWith("Problem"));
    }

    public static Map<String, Object> body(String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("kind", "AD_HOC");
        body.put("name", "Libur tambahan uji");
        body.put("source", "Keppres uji");
        body.put("reason", "Ditetapkan untuk pengujian");
        return body;
    }
}
