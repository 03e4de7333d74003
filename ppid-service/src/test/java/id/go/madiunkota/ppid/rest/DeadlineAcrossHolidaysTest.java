package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Statutory deadlines over the long holidays of the seeded calendar (design/domain.md): the Lebaran block of March
 * 2026 (cuti bersama 18, 20, 23, 24 March, Nyepi 19, Idul Fitri 21–22, Good Friday 3 April), the May–June holidays
 * (14, 27 May, 1, 16 June; cuti bersama 15, 28 May), and the turn of 2025 to 2026 (25 December, cuti bersama 26
 * December, 1 January). Receipt after 16:00 or on a non-working day counts from the next working day.
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior"})
class DeadlineAcrossHolidaysTest {

    @jakarta.inject.Inject
    TestClock clock;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRequestOnTheLastWorkingDayBeforeLebaranIsDueTenWorkingDaysAfterIt() {
        // 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8 April
        at("2026-03-17T10:00:00");
        submit().body("receivedOn", equalTo("2026-03-17")).body("dueDate", equalTo("2026-04-08"))
                .body("calendarProvisional", equalTo(false));
        at("2026-03-17T15:59:59");
        submit().body("receivedOn", equalTo("2026-03-17")).body("dueDate", equalTo("2026-04-08"));
    }

    @Test
    void atClosingTimeOrOnAHolidayTheRequestCountsFromTheFirstDayAfterTheBlock() {
        for (String moment : List.of("2026-03-17T16:00:00", "2026-03-18T10:00:00", "2026-03-19T08:00:00",
                "2026-03-21T09:00:00", "2026-03-24T15:00:00")) {
            at(moment);
            submit().body("receivedOn", equalTo("2026-03-25")).body("dueDate", equalTo("2026-04-09"));
        }
        at("2026-03-25T07:00:00"); // early in the morning of the first working day: that day
        submit().body("receivedOn", equalTo("2026-03-25"));
    }

    @Test
    void theTurnOfTheYearSkipsChristmasItsLeaveDayAndNewYear() {
        // letters recorded on the first Monday of 2026 with the time they were received (the service standard, in
        // force from 1 January 2026, gives the day counts)
        at("2026-01-05T09:00:00");
        List<String> ids = new ArrayList<>();
        try {
            // 24, 29, 30, 31 December, 2, 5, 6, 7, 8, 9 January
            ids.add(letter("2025-12-23T10:00:00").body("receivedOn", equalTo("2025-12-23"))
                    .body("dueDate", equalTo("2026-01-09")).body("registrationNumber", startsWith("PPID/2025/"))
                    .extract().path("id"));
            // after closing on New Year's Eve: day 0 is 2 January; 16 January (Isra Mikraj) is skipped too
            ids.add(letter("2025-12-31T16:30:00").body("receivedOn", equalTo("2026-01-02"))
                    .body("dueDate", equalTo("2026-01-19")).extract().path("id"));
            // on Christmas Day: day 0 is the 29th, after the leave day and the weekend
            ids.add(letter("2025-12-25T10:00:00").body("receivedOn", equalTo("2025-12-29"))
                    .body("dueDate", equalTo("2026-01-13")).extract().path("id"));
        } finally {
            // the annual report test counts every request received in 2025: these must not stay
            QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> entityManager.createNativeQuery(
                    "DELETE FROM information_request WHERE id = cast(?1 as uuid)").setParameter(1, id)
                    .executeUpdate()));
        }
    }

    @Test
    void anExtensionGivenBeforeLebaranCountsSevenWorkingDaysFromTheFirstDueDate() {
        at("2026-03-10T10:00:00");
        // 11, 12, 13, 16, 17, 25, 26, 27, 30, 31 March
        String id = submit().body("dueDate", equalTo("2026-03-31")).extract().path("id");
        at("2026-03-17T10:00:00");
        // 1, 2, 6, 7, 8, 9, 10 April
        post("/requests/" + id + "/extension", Map.of("reason", "Dihimpun dari tiga bidang")).statusCode(200)
                .body("extendedOn", equalTo("2026-03-17")).body("dueDate", equalTo("2026-04-10"));
    }

    @Test
    void aDecisionOnTheDueDateIsOnTimeAndTheDayAfterTheBlockStillCountsAsOverdue() {
        at("2026-03-17T10:00:00");
        String onTime = submit().extract().path("id");
        String late = submit().extract().path("id");
        at("2026-04-08T15:00:00");
        given().when().get("/api/ppid/requests/" + late).then().statusCode(200)
                .body("overdue", equalTo(false)).body("dueSoon", equalTo(true));
        post("/requests/" + onTime + "/decision", Map.of("outcome", "GRANTED")).statusCode(200);
        at("2026-04-09T08:00:00");
        given().when().get("/api/ppid/requests/" + late).then().statusCode(200)
                .body("overdue", equalTo(true)).body("dueSoon", equalTo(false));
        given().when().get("/api/ppid/requests/" + onTime).then().statusCode(200)
                .body("overdue", equalTo(false));
    }

    @Test
    void anObjectionsThirtyWorkingDaysRunOverTheMayAndJuneHolidays() {
        at("2026-05-13T10:00:00");
        String request = submit().extract().path("id");
        post("/requests/" + request + "/decision", Map.of("outcome", "REJECTED", "exemptionGrounds",
                List.of("PASAL_17_H"), "consequenceTest", "Data pribadi pihak ketiga.")).statusCode(200);
        String objection = fileObjection(request).statusCode(201)
                .body("filedOn", equalTo("2026-05-13"))
                // 18–22, 25, 26, 29 May; 2–5, 8–12, 15, 17–19, 22–26, 29, 30 June; 1, 2 July
                .body("dueDate", equalTo("2026-07-02"))
                // then 14 working days on the superior's silence: 3–22 July
                .body("silenceDisputeDueDate", equalTo("2026-07-22"))
                .extract().path("id");
        at("2026-07-02T15:00:00");
        post("/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "reason", "Sudah diuji."))
                .statusCode(200).body("disputeDueDate", equalTo("2026-07-22"));
    }

    @Test
    void anObjectionIsFiledUntilTheThirtiethWorkingDayAfterTheDecision() {
        at("2026-05-13T10:00:00");
        String onTime = submit().extract().path("id");
        String late = submit().extract().path("id");
        for (String id : List.of(onTime, late)) {
            post("/requests/" + id + "/decision", Map.of("outcome", "REJECTED", "exemptionGrounds",
                    List.of("PASAL_17_H"), "consequenceTest", "Data pribadi pihak ketiga.")).statusCode(200);
        }
        at("2026-07-02T10:00:00");
        fileObjection(onTime).statusCode(201);
        at("2026-07-03T10:00:00");
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + late + "/objections").then().statusCode(422)
                .body("title", equalTo("Objection too late"))
                .body("detail", org.hamcrest.Matchers.containsString("2026-05-13"));
    }

    @Test
    void everyDueDateIsTheCalendarsTenthWorkingDayOnTheSameVersion() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate day = LocalDate.parse("2026-12-14"); day.isBefore(LocalDate.parse("2027-01-01"));
                day = day.plusDays(1)) {
            at(day + "T11:00:00");
            JsonPath request = submit().extract().jsonPath();
            JsonPath counted = given().queryParam("from", request.getString("receivedOn")).queryParam("add", 10)
                    .when().get("/api/ppid/calendar/working-days").then().statusCode(200).extract().jsonPath();
            if (!counted.getString("date").equals(request.getString("dueDate"))
                    || !counted.getString("calendarVersion").equals(request.getString("calendarVersion"))
                    || LocalDate.parse(request.getString("receivedOn")).isBefore(day)) {
                wrong.add("%s: received %s due %s (%s), calendar says %s (%s)".formatted(day,
                        request.getString("receivedOn"), request.getString("dueDate"),
                        request.getString("calendarVersion"), counted.getString("date"),
                        counted.getString("calendarVersion")));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void at(String localTime) {
        clock.set(OffsetDateTime.parse(localTime + "+07:00"));
    }

    private static ValidatableResponse submit() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201);
    }

    private static ValidatableResponse letter(String receivedAt) {
        Map<String, Object> body = personRequest();
        body.put("channel", "LETTER");
        body.put("receivedAt", receivedAt + "+07:00");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201);
    }

    private static ValidatableResponse fileObjection(String request) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + request + "/objections").then();
    }

    private static ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid" + path).then();
    }
}
