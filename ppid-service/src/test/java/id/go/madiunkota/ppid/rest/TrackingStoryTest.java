package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the holder of a tracking code sees at every step of a request's life: the status, the dates, the decision and
 * the newest objection in short — and, at no step, the applicant's or representative's personal data, nor any text
 * the PPID or the superior wrote (reasons, notes, consequence test, withheld parts).
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior"})
class TrackingStoryTest {

    /** Texts that must never reach the tracking answer. */
    static final List<String> PRIVATE = List.of("Sri Wahyuni", "3577014101900001", "Jl. Pahlawan",
            "081234567890", "sri.wahyuni@example.id", "Budi Santoso", "3577010505850002", "Surat kuasa",
            "Salinan DPA", "Penelitian skripsi", "Alasan perpanjangan", "Uji konsekuensi tertutup",
            "Bagian yang dihitamkan", "Catatan petugas", "Alasan keberatan pemohon", "Alasan atasan PPID");

    @jakarta.inject.Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyStepShowsItsStatusAndDatesAndNothingPrivate() {
        at("2026-03-13T10:00:00");
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        body.put("representative", Map.of("name", "Budi Santoso", "nik", "3577010505850002",
                "powerOfAttorney", "Surat kuasa bermaterai 10 Maret 2026"));
        var created = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String code = created.getString("trackingCode");

        track(code).body("id", equalTo(id))
                .body("registrationNumber", equalTo(created.getString("registrationNumber")))
                .body("status", equalTo("REGISTERED"))
                .body("receivedOn", equalTo("2026-03-13"))
                .body("dueDate", equalTo("2026-04-06"))
                .body("overdue", equalTo(false))
                .body("extendedOn", nullValue())
                .body("outcome", nullValue())
                .body("objectionDueDate", nullValue())
                .body("objection", nullValue());

        at("2026-03-16T10:00:00");
        post("/requests/" + id + "/extension", Map.of("reason", "Alasan perpanjangan dari bidang"));
        track(code).body("status", equalTo("EXTENDED"))
                .body("extendedOn", equalTo("2026-03-16"))
                .body("dueDate", equalTo("2026-04-15"));

        at("2026-03-17T10:00:00");
        post("/requests/" + id + "/decision", Map.of("outcome", "PARTIALLY_GRANTED",
                "exemptionGrounds", List.of("PASAL_17_H", "PASAL_17_A"),
                "consequenceTest", "Uji konsekuensi tertutup", "withheldParts", "Bagian yang dihitamkan",
                "note", "Catatan petugas untuk pemohon"));
        track(code).body("status", equalTo("PARTIALLY_GRANTED"))
                .body("outcome", equalTo("PARTIALLY_GRANTED"))
                .body("exemptionGrounds", equalTo(List.of("PASAL_17_A", "PASAL_17_H")))
                .body("decidedOn", equalTo("2026-03-17"))
                .body("objectionDueDate", equalTo(workingDaysAfter("2026-03-17", 30)))
                .body("deliveredOn", nullValue());

        // 06:30 in Madiun on the 18th is still the 17th in UTC: the day shown is the office's
        at("2026-03-18T10:00:00");
        post("/requests/" + id + "/delivery", Map.of("deliveredAt", "2026-03-18T06:30:00+07:00", "method", "EMAIL"));
        track(code).body("status", equalTo("DELIVERED")).body("deliveredOn", equalTo("2026-03-18"));

        at("2026-03-19T10:00:00");
        String objection = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Alasan keberatan pemohon"))
                .when().post("/api/ppid/requests/" + id + "/objections").then().statusCode(201)
                .extract().path("id");
        track(code).body("status", equalTo("DELIVERED"))
                .body("objection.registrationNumber", matchesPattern("KEBERATAN/2026/\\d{6}"))
                .body("objection.status", equalTo("FILED"))
                .body("objection.filedOn", equalTo("2026-03-19"))
                .body("objection.outcome", nullValue())
                .body("objection.decidedOn", nullValue())
                .body("objection.disputeDueDate", nullValue())
                .body("objection.silenceDisputeDueDate", notNullValue());

        at("2026-03-25T10:00:00");
        post("/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "reason",
                "Alasan atasan PPID yang tertutup"));
        track(code).body("objection.status", equalTo("DECIDED"))
                .body("objection.outcome", equalTo("UPHELD"))
                .body("objection.decidedOn", equalTo("2026-03-25"))
                .body("objection.disputeDueDate", equalTo("2026-04-15"))
                .body("objection.silenceDisputeDueDate", nullValue());

        post("/objections/" + objection + "/dispute", Map.of("commissionCaseNumber", "031/VI/KI-JATIM-PS/2026",
                "filedOn", "2026-03-25"));
        track(code).body("objection.status", equalTo("ESCALATED"))
                .body("objection.disputeFiledOn", equalTo("2026-03-25"));

        post("/requests/" + id + "/closure", null);
        track(code).body("status", equalTo("CLOSED")).body("objection.status", equalTo("ESCALATED"));
    }

    @Test
    void theTrackingSaysOverdueOnlyWhileTheDecisionIsLate() {
        at("2026-03-13T10:00:00");
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        var created = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().jsonPath();
        String code = created.getString("trackingCode");
        at("2026-04-06T15:00:00");
        track(code).body("overdue", equalTo(false));
        track(code).body("objectionDueDate", nullValue());
        at("2026-04-07T08:00:00");
        // the missed due date opens "not answered" by itself: 30 working days from it to object
        track(code).body("overdue", equalTo(true))
                .body("objectionDueDate", equalTo(workingDaysAfter("2026-04-06", 30)));
        post("/requests/" + created.getString("id") + "/decision", Map.of("outcome", "GRANTED"));
        track(code).body("overdue", equalTo(false)).body("decidedOn", equalTo("2026-04-07"));
    }

    @Test
    void theExemptionGroundsAreListedForAnyoneWithTheirArticles() {
        given().when().get("/api/ppid/exemption-grounds").then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.code", equalTo(List.of("PASAL_17_A", "PASAL_17_B", "PASAL_17_C", "PASAL_17_D",
                        "PASAL_17_E", "PASAL_17_F", "PASAL_17_G", "PASAL_17_H", "PASAL_17_I", "PASAL_17_J",
                        "PASAL_6_3")))
                .body("items[0].article", equalTo("Pasal 17 huruf a"))
                .body("items[10].article", equalTo("Pasal 6 ayat (3)"))
                .body("items.find { it.code == 'PASAL_17_H' }.text",
                        equalTo("Informasi yang apabila dibuka dapat mengungkap rahasia pribadi."));
    }

    private static String workingDaysAfter(String from, int add) {
        return given().queryParam("from", from).queryParam("add", add).when()
                .get("/api/ppid/calendar/working-days").then().statusCode(200).extract().path("date");
    }

    private static ValidatableResponse track(String code) {
        ValidatableResponse answer = given().when().get("/api/ppid/tracking/" + code).then().statusCode(200);
        String text = answer.extract().asString();
        for (String secret : PRIVATE) {
            assertThat(text).as("tracking answer").doesNotContain(secret);
        }
        return answer;
    }

    private static void post(String path, Map<String, ?> body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.when().post("/api/ppid" + path).then().statusCode(200);
    }

    private void at(String localTime) {
        clock.set(OffsetDateTime.parse(localTime + "+07:00"));
    }
}
