package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Bodies.callerOf;
import static id.go.madiunkota.helpdesk.support.Bodies.consultation;
import static id.go.madiunkota.helpdesk.support.Consultations.close;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.lkppAnswer;
import static id.go.madiunkota.helpdesk.support.Consultations.relay;
import static id.go.madiunkota.helpdesk.support.Consultations.resolve;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report's figures against a known data set on 14 April 2027 (Asia/Jakarta days): four consultations in the day,
 * one just before and one just after it, one of them escalated twice with the loop back; three complaints in the day
 * and one the next day. Every figure is computed by hand in the comments.
 */
@QuarkusTest
@TestSecurity(user = "agen.angka", roles = "helpdesk-agent")
class ReportFiguresTest {

    private static final String REPORTS = "/api/helpdesk/reports";
    private static final String DAY = "2027-04-14";
    private static final String NEXT = "2027-04-15";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theFiguresOfAKnownDayAndOfTwoDays() {
        at("2027-04-13", "23:59");
        opened("PHONE", "OTHER", "PROVIDER"); // the day before: not counted

        // 1. PHONE/TENDER/PROVIDER: LKPP twice (15 + 5 minutes of waiting), closed after 40 minutes: late
        at(DAY, "08:00");
        String viaLkpp = opened("PHONE", "TENDER", "PROVIDER");
        at(DAY, "08:05");
        escalate(viaLkpp).statusCode(200);
        at(DAY, "08:20");
        lkppAnswer(viaLkpp).statusCode(200);
        at(DAY, "08:22");
        relay(viaLkpp, false).statusCode(200);
        at(DAY, "08:25");
        escalate(viaLkpp).statusCode(200);
        at(DAY, "08:30");
        lkppAnswer(viaLkpp).statusCode(200);
        at(DAY, "08:31");
        relay(viaLkpp, true).statusCode(200);
        at(DAY, "08:40");
        close(viaLkpp).statusCode(200).body("timing.withinTarget", equalTo(false));

        // 2. WALK_IN/SIKAP/COMMITTEE: answered directly, closed after 15 minutes: within
        at(DAY, "09:00");
        String direct = opened("WALK_IN", "SIKAP", "COMMITTEE");
        at(DAY, "09:10");
        resolve(direct).statusCode(200);
        at(DAY, "09:15");
        close(direct).statusCode(200).body("timing.withinTarget", equalTo(true));

        // 3. EMAIL/SIKAP/OTHER: escalated, LKPP has not answered yet
        at(DAY, "10:00");
        String waiting = opened("EMAIL", "SIKAP", "OTHER");
        at(DAY, "10:05");
        escalate(waiting).statusCode(200);

        // 4. SMS/TENDER/PROCUREMENT_OFFICIAL: the last minute of the day, still open
        at(DAY, "23:59");
        opened("SMS", "TENDER", "PROCUREMENT_OFFICIAL");

        at(NEXT, "00:00");
        opened("WALK_IN", "E_CATALOGUE", "OTHER"); // the next day

        at(DAY, "11:00");
        String answered = complaint("VERIFICATION", "COMPLAINT");
        complaint("PPID", "SUGGESTION");
        complaint("PPID", "INPUT");
        at(DAY, "11:30");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Sudah ditindaklanjuti."))
                .when().post("/api/helpdesk/complaints/" + answered + "/response").then().statusCode(200);
        at(NEXT, "09:00");
        complaint("TRAINING", "COMPLAINT");

        given().queryParam("from", DAY).queryParam("to", DAY).when().get(REPORTS).then().statusCode(200)
                .body("from", equalTo(DAY)).body("to", equalTo(DAY))
                .body("consultations.total", equalTo(4))
                .body("consultations.byTopic", equalTo(Map.of("TENDER", 2, "SIKAP", 2)))
                .body("consultations.byChannel", equalTo(Map.of("PHONE", 1, "WALK_IN", 1, "EMAIL", 1, "SMS", 1)))
                .body("consultations.byCallerRole", equalTo(Map.of("PROVIDER", 1, "COMMITTEE", 1, "OTHER", 1,
                        "PROCUREMENT_OFFICIAL", 1)))
                .body("consultations.byStatus", equalTo(Map.of("CLOSED", 2, "ESCALATED", 1, "OPEN", 1)))
                .body("consultations.targetMinutes", equalTo(30))
                .body("consultations.closed", equalTo(2))
                .body("consultations.closedWithinTarget", equalTo(1))
                .body("consultations.shareWithinTarget", equalTo(0.5f))
                .body("consultations.averageMinutesToClose", equalTo(27.5f)) // (40 + 15) / 2
                .body("consultations.escalated", equalTo(2)) // the first and the third
                .body("consultations.escalationRate", equalTo(0.5f))
                .body("consultations.lkppAnswers", equalTo(2)) // both of the first; the third awaits
                .body("consultations.averageLkppTurnaroundMinutes", equalTo(10.0f)) // (15 + 5) / 2
                .body("complaints.total", equalTo(3))
                .body("complaints.byService", equalTo(Map.of("VERIFICATION", 1, "PPID", 2)))
                .body("complaints.byKind", equalTo(Map.of("COMPLAINT", 1, "SUGGESTION", 1, "INPUT", 1)))
                .body("complaints.open", equalTo(2));

        given().queryParam("from", DAY).queryParam("to", NEXT).when().get(REPORTS).then().statusCode(200)
                .body("consultations.total", equalTo(5))
                .body("consultations.byTopic", equalTo(Map.of("TENDER", 2, "SIKAP", 2, "E_CATALOGUE", 1)))
                .body("consultations.escalationRate", equalTo(0.4f))
                .body("complaints.total", equalTo(4)).body("complaints.open", equalTo(3))
                .body("complaints.byService", equalTo(Map.of("VERIFICATION", 1, "PPID", 2, "TRAINING", 1)));
    }

    private static String opened(String channel, String topic, String role) {
        Map<String, Object> body = consultation();
        body.put("channel", channel);
        body.put("topic", topic);
        callerOf(body).put("role", role);
        return Consultations.open(body);
    }

    private static String complaint(String service, String kind) {
        Map<String, Object> body = Bodies.complaint();
        body.put("service", service);
        body.put("kind", kind);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/helpdesk/complaints")
                .then().statusCode(201).extract().path("id");
    }

    private void at(String day, String time) {
        clock.set(OffsetDateTime.parse(day + "T" + time + ":00+07:00"));
    }
}
