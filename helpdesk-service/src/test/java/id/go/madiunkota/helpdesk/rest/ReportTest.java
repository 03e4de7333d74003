package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Bodies.callerOf;
import static id.go.madiunkota.helpdesk.support.Bodies.consultation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The helpdesk report: counts by topic, channel and role, share within target, LKPP escalation and turnaround. */
@QuarkusTest
class ReportTest {

    private static final String REPORTS = "/api/helpdesk/reports";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "agen.report", roles = "helpdesk-agent")
    void aDayOfConsultationsAndComplaints() {
        String day = "2027-02-10";
        at(day, "09:00");
        String direct = Consultations.open();
        at(day, "09:10");
        Consultations.resolve(direct).statusCode(200);
        at(day, "09:20");
        Consultations.close(direct).statusCode(200);

        at(day, "10:00");
        Map<String, Object> walkIn = consultation();
        walkIn.put("channel", "WALK_IN");
        walkIn.put("topic", "TENDER");
        callerOf(walkIn).put("role", "COMMITTEE");
        String viaLkpp = Consultations.open(walkIn);
        at(day, "10:05");
        Consultations.escalate(viaLkpp).statusCode(200);
        at(day, "10:15");
        Consultations.lkppAnswer(viaLkpp).statusCode(200);
        at(day, "10:20");
        Consultations.relay(viaLkpp, true).statusCode(200);
        at(day, "10:45");
        Consultations.close(viaLkpp).statusCode(200);

        at(day, "11:00");
        Map<String, Object> sms = consultation();
        sms.put("channel", "SMS");
        sms.put("topic", "E_CATALOGUE");
        callerOf(sms).put("role", "PROCUREMENT_OFFICIAL");
        Consultations.open(sms);
        given().contentType(ContentType.JSON).body(Bodies.complaint()).when().post("/api/helpdesk/complaints")
                .then().statusCode(201);

        given().queryParam("from", day).queryParam("to", day).when().get(REPORTS).then().statusCode(200)
                .body("from", equalTo(day)).body("to", equalTo(day))
                .body("consultations.total", equalTo(3))
                .body("consultations.byTopic", equalTo(Map.of("USER_ID_PASSWORD", 1, "TENDER", 1, "E_CATALOGUE", 1)))
                .body("consultations.byChannel", equalTo(Map.of("PHONE", 1, "WALK_IN", 1, "SMS", 1)))
                .body("consultations.byCallerRole",
                        equalTo(Map.of("PROVIDER", 1, "COMMITTEE", 1, "PROCUREMENT_OFFICIAL", 1)))
                .body("consultations.byStatus", equalTo(Map.of("CLOSED", 2, "OPEN", 1)))
                .body("consultations.targetMinutes", equalTo(30))
                .body("consultations.closed", equalTo(2)).body("consultations.closedWithinTarget", equalTo(1))
                .body("consultations.shareWithinTarget", equalTo(0.5f))
                .body("consultations.averageMinutesToClose", equalTo(32.5f))
                .body("consultations.escalated", equalTo(1)).body("consultations.escalationRate", equalTo(0.333f))
                .body("consultations.lkppAnswers", equalTo(1))
                .body("consultations.averageLkppTurnaroundMinutes", equalTo(10.0f))
                .body("complaints.total", equalTo(1)).body("complaints.open", equalTo(1))
                .body("complaints.byService", equalTo(Map.of("VERIFICATION", 1)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminReadsTheAggregateReport() {
        given().queryParam("from", "2030-02-01").queryParam("to", "2030-02-28").when().get(REPORTS)
                .then().statusCode(200).body("from", equalTo("2030-02-01")).body("to", equalTo("2030-02-28"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void theAuditorReadsAnEmptyPeriod() {
        given().queryParam("from", "2030-01-01").queryParam("to", "2030-01-31").when().get(REPORTS)
                .then().statusCode(200).body("consultations.total", equalTo(0))
                .body("consultations.shareWithinTarget", nullValue())
                .body("consultations.escalationRate", nullValue()).body("complaints.total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "agen.report", roles = "helpdesk-agent")
    void aMissingMalformedOrReversedPeriodIs400() {
        given().queryParam("to", "2027-01-31").when().get(REPORTS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("from"));
        given().queryParam("from", "31-01-2027").queryParam("to", "2027-01-31").when().get(REPORTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("harus tanggal berbentuk YYYY-MM-DD, misalnya 2026-03-13"));
        given().queryParam("from", "+999999999-12-31").queryParam("to", "2027-01-31").when().get(REPORTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("harus tanggal antara 1900-01-01 dan 2200-12-31"));
        given().queryParam("from", "2027-02-01").queryParam("to", "2027-02-30").when().get(REPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().header("Accept-Language", "en").queryParam("from", "2027-02-01").queryParam("to", "2027-01-31")
                .when().get(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("the last day must not be before the first day"));
        given().queryParam("from", "2026-01-01").queryParam("to", "2027-06-30").when().get(REPORTS)
                .then().statusCode(400).body("errors[0].message", equalTo("periode laporan paling lama 366 hari"));
    }

    @Test
    void withoutATokenIs401() {
        given().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").when().get(REPORTS)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "verifikator", roles = {"verifier", "citizen"})
    void otherRolesAre403() {
        given().queryParam("from", "2027-01-01").queryParam("to", "2027-01-31").when().get(REPORTS)
                .then().statusCode(403).contentType(PROBLEM);
    }

    private void at(String day, String time) {
        clock.set(OffsetDateTime.parse(day + "T" + time + ":00+07:00"));
    }
}
