package id.go.madiunkota.ppid.calendar.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.ppid.CalendarDb;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 2027 has no decree: it runs on the predicted holidays, flagged provisional. Entering its decree takes the flag away
 * and moves every open deadline that spans a changed day (a request, an objection's decision deadline, a dispute
 * window), each with its {@code DeadlineRecomputed} event.
 */
@QuarkusTest
@TestSecurity(user = "admin-1", roles = {"admin", "ppid-officer", "ppid-superior"})
class DecreeImportTest {

    private static final Map<String, Object> NOT_ANSWERED =
            Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan.");

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    private CalendarDb db;

    @BeforeEach
    void calendar() {
        db = new CalendarDb(dataSource);
        withoutDecree2027();
    }

    @AfterEach
    void realTimeAndNoDecree() {
        clock.reset();
        withoutDecree2027();
    }

    @Test
    void theTurnOf2027CountsNewYearAndThePredictedIsraMikrajAsNonWorkingProvisionally() {
        // Thursday 31 December 2026; Friday 1 January and Tuesday 5 January 2027 (Isra Mikraj, predicted) are off.
        given().queryParam("from", "2026-12-31").queryParam("add", 2).when().get("/api/ppid/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2027-01-06")).body("calendarProvisional", equalTo(true));
        given().queryParam("from", "2026-03-13").queryParam("add", 10).when().get("/api/ppid/calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2026-04-06")).body("calendarProvisional", equalTo(false));
    }

    @Test
    void enteringTheDecreeMovesEveryOpenDeadlineThatSpansAChangedDay() {
        clock.set(OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
        String unansweredA = submitted();
        String unansweredB = submitted();
        clock.set(OffsetDateTime.parse("2026-12-16T10:00:00+07:00")); // the day after their due date
        String filed = objection(unansweredA);
        String decided = objection(unansweredB);
        assertThat(objectionDue(filed, "dueDate")).isEqualTo("2027-02-02");
        clock.set(OffsetDateTime.parse("2026-12-28T10:00:00+07:00"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "Informasi dikecualikan."))
                .when().post("/api/ppid/objections/" + decided + "/decision").then().statusCode(200)
                .body("disputeDueDate", equalTo("2027-01-19"));
        String request = submitted();
        given().when().get("/api/ppid/requests/" + request).then().statusCode(200)
                .body("dueDate", equalTo("2027-01-13")).body("calendarProvisional", equalTo(true));
        String tracking = given().when().get("/api/ppid/requests/" + request).then().extract().path("trackingCode");
        given().when().get("/api/ppid/tracking/" + tracking).then().statusCode(200)
                .body("calendarProvisional", equalTo(true));
        int versionBefore = db.version();

        // The decree moves Isra Mikraj to Wednesday 6 January and makes Monday 4 January cuti bersama.
        given().contentType(ContentType.JSON).body(decree2027()).when().post("/api/ppid/calendar/decrees")
                .then().statusCode(201).body("year", equalTo(2027)).body("changed", equalTo(true))
                .body("calendarVersion", equalTo(String.valueOf(versionBefore + 1)))
                .body("daysRemoved", equalTo(1));

        assertThat(db.version()).isEqualTo(versionBefore + 1);
        given().when().get("/api/ppid/requests/" + request).then().statusCode(200)
                .body("dueDate", equalTo("2027-01-14")).body("calendarProvisional", equalTo(false))
                .body("calendarVersion", equalTo(String.valueOf(versionBefore + 1)));
        given().when().get("/api/ppid/tracking/" + tracking).then().body("calendarProvisional", equalTo(false));
        assertThat(objectionDue(filed, "dueDate")).isEqualTo("2027-02-03");
        assertThat(objectionDue(decided, "disputeDueDate")).isEqualTo("2027-01-20");
        assertThat(recomputed(request, "REQUEST")).isEqualTo(Map.of("aggregateKind", "REQUEST", "previousDueDate",
                "2027-01-13", "dueDate", "2027-01-14"));
        assertThat(recomputed(filed, "OBJECTION")).isEqualTo(Map.of("aggregateKind", "OBJECTION", "previousDueDate",
                "2027-02-02", "dueDate", "2027-02-03"));
        assertThat(recomputed(decided, "DISPUTE")).isEqualTo(Map.of("aggregateKind", "DISPUTE", "previousDueDate",
                "2027-01-19", "dueDate", "2027-01-20"));
        // the filed objection's window after a silence of the superior follows its moved due date (+14 working days)
        assertThat(objectionDue(filed, "silenceDisputeDueDate")).isEqualTo("2027-02-23");
        assertThat(recomputed(filed, "DISPUTE")).isEqualTo(Map.of("aggregateKind", "DISPUTE", "previousDueDate",
                "2027-02-22", "dueDate", "2027-02-23"));
        given().queryParam("from", "2026-12-31").queryParam("add", 1).when().get("/api/ppid/calendar/working-days")
                .then().body("date", equalTo("2027-01-05")).body("calendarProvisional", equalTo(false));
        given().queryParam("year", 2027).when().get("/api/ppid/calendar/non-working-days").then().statusCode(200)
                .body("yearCalendar", equalTo("DECREED")).body("items.date", hasItem("2027-01-04"));
        assertThat(db.lastChangedEvent(java.time.LocalDate.parse("2027-01-05")))
                .containsEntry("change", "REMOVED").containsEntry("kind", "NATIONAL_HOLIDAY");
        assertThat(db.count("select count(*) from outbox_event where type = 'ppid.CalendarChanged'"
                + " and payload->>'decreeNumber' = ? and payload->>'yearCalendar' = 'DECREED'"
                + " and payload->>'calendarVersion' = ?", "7 Tahun 2026", String.valueOf(versionBefore + 1)))
                .isEqualTo(20); // the decree's 19 days added as the decree's (training copies them), 5 January removed
    }

    @Test
    void theSameDecreeAgainChangesNothingAndACsvDecreeIsTheSame() {
        clock.set(OffsetDateTime.parse("2026-12-28T10:00:00+07:00"));
        given().contentType(ContentType.JSON).body(decree2027()).when().post("/api/ppid/calendar/decrees")
                .then().statusCode(201);
        int version = db.version();
        given().contentType(ContentType.JSON).body(decree2027()).when().post("/api/ppid/calendar/decrees")
                .then().statusCode(200).body("changed", equalTo(false))
                .body("calendarVersion", equalTo(String.valueOf(version)));
        given().contentType("text/csv").body(csv(decree2027())).when().post("/api/ppid/calendar/decrees")
                .then().statusCode(200).body("changed", equalTo(false)).body("decreeNumber", equalTo("7 Tahun 2026"));
        assertThat(db.version()).isEqualTo(version);
        given().when().get("/api/ppid/calendar/decrees/2027").then().statusCode(200)
                .body("decreeDate", equalTo("2026-10-14")).body("calendarVersion", equalTo(String.valueOf(version)));
    }

    @Test
    void aBrokenDecreeIsRefusedInBothLanguagesAndNothingIsSaved() {
        clock.set(OffsetDateTime.parse("2026-12-28T10:00:00+07:00"));
        int version = db.version();
        Map<String, Object> body = decree2027();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> holidays = new ArrayList<>((List<Map<String, String>>) body.get("nationalHolidays"));
        holidays.add(Map.of("date", "2028-01-01", "name", "Tahun Baru 2028 Masehi"));
        holidays.add(Map.of("date", "2027-01-01", "name", "Tahun Baru lagi"));
        body.put("nationalHolidays", holidays);
        int last = holidays.size() - 1;
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/api/ppid/calendar/decrees").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'nationalHolidays[" + (last - 1) + "].date' }.message",
                        equalTo("The date must lie in the decree's year."))
                .body("errors.find { it.field == 'nationalHolidays[" + last + "].date' }.message",
                        equalTo("This date is already in the decree."));
        given().contentType(ContentType.JSON).body(Map.of("year", 2027, "nationalHolidays", List.of()))
                .when().post("/api/ppid/calendar/decrees").then().statusCode(400)
                .body("errors.field", hasItem("decreeNumber")).body("errors.field", hasItem("decreeDate"));
        given().contentType("text/csv").header("Accept-Language", "id").body("year,2027,\nholiday,1-1-2027,Tahun Baru")
                .when().post("/api/ppid/calendar/decrees").then().statusCode(400)
                .body("errors.find { it.field == 'line 2' }.message", equalTo("Tanggal harus berformat YYYY-MM-DD."));
        assertThat(db.version()).isEqualTo(version);
        given().when().get("/api/ppid/calendar/decrees/2027").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void onlyAnAdminEntersADecree() {
        given().contentType(ContentType.JSON).body(decree2027()).when().post("/api/ppid/calendar/decrees")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private Map<String, Object> decree2027() {
        List<Map<String, String>> holidays = new ArrayList<>();
        List<Map<String, Object>> predicted = given().queryParam("year", 2027).when()
                .get("/api/ppid/calendar/predicted-holidays").then().statusCode(200).extract().path("items");
        for (Map<String, Object> day : predicted) {
            String date = "2027-01-05".equals(day.get("date")) ? "2027-01-06" : (String) day.get("date");
            holidays.add(Map.of("date", date, "name", (String) day.get("name")));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2027);
        body.put("decreeNumber", "7 Tahun 2026");
        body.put("decreeDate", "2026-10-14");
        body.put("nationalHolidays", holidays);
        body.put("cutiBersama", List.of(Map.of("date", "2027-01-04", "name", "Cuti bersama Tahun Baru 2027")));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static String csv(Map<String, Object> decree) {
        StringBuilder csv = new StringBuilder("record,value,name\nyear,2027,\ndecree,2026-10-14,7 Tahun 2026\n");
        for (Map<String, String> day : (List<Map<String, String>>) decree.get("nationalHolidays")) {
            csv.append("holiday,").append(day.get("date")).append(",\"").append(day.get("name")).append("\"\n");
        }
        csv.append("cuti-bersama,2027-01-04,Cuti bersama Tahun Baru 2027\n");
        return csv.toString();
    }

    private String submitted() {
        Map<String, Object> body = personRequest();
        body.put("channel", "LETTER");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
    }

    private String objection(String request) {
        return given().contentType(ContentType.JSON).body(NOT_ANSWERED)
                .when().post("/api/ppid/requests/" + request + "/objections").then().statusCode(201)
                .extract().path("id");
    }

    private String objectionDue(String id, String field) {
        return given().when().get("/api/ppid/objections/" + id).then().statusCode(200).extract().path(field);
    }

    private Map<String, String> recomputed(String id, String kind) {
        return db.row("select payload->>'aggregateKind' as \"aggregateKind\", payload->>'previousDueDate' as"
                + " \"previousDueDate\", payload->>'dueDate' as \"dueDate\" from outbox_event"
                + " where type = 'ppid.DeadlineRecomputed' and aggregateid = ? and payload->>'aggregateKind' = ?"
                + " order by seq desc limit 1", id, kind);
    }

    /** Back to 2027 without a decree, as another instance's admin could leave it; the cached calendar sees it. */
    private void withoutDecree2027() {
        db.execute("delete from non_working_day where date >= '2027-01-01' and date < '2028-01-01'");
        db.execute("delete from calendar_decree where year = 2027");
        db.execute("update calendar_version set version = version + 1, revision = gen_random_uuid() where id = 1");
    }
}
