package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Consultations.close;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.lkppAnswer;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static id.go.madiunkota.helpdesk.support.Consultations.relay;
import static id.go.madiunkota.helpdesk.support.Consultations.resolve;
import static id.go.madiunkota.helpdesk.support.Consultations.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.helpdesk.support.OutboxRows;
import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's flowchart end to end: record the caller and the need, consult, escalate to LKPP with a callback, record
 * and relay LKPP's answer, loop back when the caller does not accept it, and close; with the timing against the
 * standard and the events of each step. Also the short path (answered directly) and every move the flow refuses.
 */
@QuarkusTest
@TestSecurity(user = "agen.flow", roles = "helpdesk-agent")
class ConsultationFlowTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @Inject
    OutboxRows outbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSeedFlowchartWithTheLoopBackWhenTheCallerDoesNotAccept() {
        at("09:00");
        String id = open();
        given().when().get("/api/helpdesk/consultations/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("agent", equalTo("agen.flow"))
                .body("caller.role", equalTo("PROVIDER")).body("topic", equalTo("USER_ID_PASSWORD"));

        at("09:05"); // the agent cannot answer: LKPP, and the caller is told to expect a call in 10 minutes
        escalate(id).statusCode(200).body("status", equalTo("ESCALATED"))
                .body("escalations", hasSize(1)).body("escalations[0].number", equalTo(1))
                .body("escalations[0].callbackId", notNullValue());
        given().when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.consultationId == '" + id + "' }.dueAt", equalTo("2026-12-01T02:15:00Z"));

        at("09:12");
        lkppAnswer(id).statusCode(200).body("status", equalTo("ANSWERED"))
                .body("escalations[0].lkppReference", equalTo("LKPP-HD-2026-004512"))
                .body("timing.lkppWaitSeconds", equalTo(420));

        at("09:15"); // the caller does not accept the explanation: back to consulting
        relay(id, false).statusCode(200).body("status", equalTo("OPEN"))
                .body("escalations[0].accepted", equalTo(false));
        close(id).statusCode(409).contentType(PROBLEM);

        at("09:16");
        escalate(id).statusCode(200).body("status", equalTo("ESCALATED")).body("escalations", hasSize(2))
                .body("escalations[1].number", equalTo(2));
        at("09:22");
        lkppAnswer(id).statusCode(200).body("status", equalTo("ANSWERED")).body("timing.lkppWaitSeconds", equalTo(780));
        at("09:24");
        relay(id, true).statusCode(200).body("status", equalTo("ANSWERED"))
                .body("escalations[1].accepted", equalTo(true));

        at("09:25");
        close(id).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo("2026-12-01T02:25:00Z"))
                .body("timing.elapsedMinutes", equalTo(25)).body("timing.targetMinutes", equalTo(30))
                .body("timing.lkppWaitSeconds", equalTo(780)).body("timing.withinTarget", equalTo(true));

        assertThat(outbox.types(id)).containsExactly("helpdesk.ConsultationOpened", "helpdesk.ConsultationEscalated",
                "helpdesk.LkppAnswerRecorded", "helpdesk.ConsultationEscalated", "helpdesk.LkppAnswerRecorded",
                "helpdesk.ConsultationClosed");
        assertThat(outbox.payloads(id, "helpdesk.ConsultationEscalated").get(1)).contains("\"escalationNumber\": 2",
                "\"callbackDueAt\": \"2026-12-01T02:26:00Z\"");
        assertThat(outbox.payloads(id, "helpdesk.ConsultationClosed").get(0)).contains("\"escalationCount\": 2",
                "\"lkppWaitSeconds\": 780", "\"withinTarget\": true", "\"agent\": \"agen.flow\"");
        // The relays completed both callbacks: nothing is left in the queue for this consultation.
        given().when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.findAll { it.consultationId == '" + id + "' }", hasSize(0));
    }

    @Test
    void answeredDirectlyAndClosedLateIsOutsideTheTarget() {
        at("10:00");
        String id = open();
        at("10:10");
        resolve(id).statusCode(200).body("status", equalTo("RESOLVED"))
                .body("answer", equalTo("User ID dibuka kembali.")).body("escalations", hasSize(0));
        at("10:31");
        close(id).statusCode(200).body("status", equalTo("CLOSED")).body("timing.elapsedMinutes", equalTo(31))
                .body("timing.withinTarget", equalTo(false)).body("timing.lkppWaitSeconds", equalTo(0));
        assertThat(outbox.types(id)).containsExactly("helpdesk.ConsultationOpened", "helpdesk.ConsultationResolved",
                "helpdesk.ConsultationClosed");
        assertThat(outbox.payloads(id, "helpdesk.ConsultationClosed").get(0)).contains("\"withinTarget\": false",
                "\"escalationCount\": 0");
    }

    @Test
    void anOpenConsultationShowsItsRunningTime() {
        at("11:00");
        String id = open();
        at("11:40");
        given().when().get("/api/helpdesk/consultations/" + id).then().statusCode(200)
                .body("timing.elapsedMinutes", equalTo(40)).body("timing.withinTarget", equalTo(false))
                .body("closedAt", nullValue());
    }

    @Test
    void stepsOutOfOrderAre409() {
        String id = open();
        lkppAnswer(id).statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
        relay(id, true).statusCode(409);
        close(id).statusCode(409)
                .body("detail", equalTo("Tindakan 'menutup konsultasi' tidak dapat dilakukan saat status terbuka."));

        escalate(id).statusCode(200);
        escalate(id).statusCode(409);
        resolve(id).statusCode(409);
        relay(id, true).statusCode(409);
        close(id).statusCode(409);

        lkppAnswer(id).statusCode(200);
        lkppAnswer(id).statusCode(409);
        close(id).statusCode(409); // not relayed yet
        relay(id, true).statusCode(200);
        relay(id, false).statusCode(409); // relayed once per answer
        close(id).statusCode(200);

        close(id).statusCode(409);
        resolve(id).statusCode(409);
        escalate(id).statusCode(409);
    }

    @Test
    void aResolvedConsultationCannotBeEscalated() {
        String id = open();
        resolve(id).statusCode(200);
        escalate(id).statusCode(409).contentType(PROBLEM);
        resolve(id).statusCode(409);
    }

    @Test
    void aStepOnAnUnknownConsultationIs404() {
        String unknown = "00000000-0000-0000-0000-00000000abcd";
        resolve(unknown).statusCode(404).contentType(PROBLEM).body("detail", containsString(unknown));
        escalate(unknown).statusCode(404);
        lkppAnswer(unknown).statusCode(404);
        relay(unknown, true).statusCode(404);
        close(unknown).statusCode(404);
        given().when().get("/api/helpdesk/consultations/" + unknown).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void stepBodiesAreValidated() {
        String id = open();
        step(id, "resolution", Map.of("answer", " ")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answer"));
        step(id, "escalation", Map.of()).statusCode(400).body("errors[0].field", equalTo("note"));
        step(id, "relay", Map.of()).statusCode(400).body("errors[0].field", equalTo("accepted"));
        step(id, "resolution", Map.of("answer", "ok", "extra", 1)).statusCode(400)
                .body("errors[0].field", equalTo("extra"));
        escalate(id).statusCode(200);
        given().contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("answer", "Jawaban LKPP"))
                .when().post("/api/helpdesk/consultations/" + id + "/lkpp-answer")
                .then().statusCode(400).body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("lkppReference"))
                .body("errors[0].message", equalTo("must not be blank"));
        given().contentType("application/json").header("Accept-Language", "id")
                .body(Map.of("answer", "Jawaban LKPP"))
                .when().post("/api/helpdesk/consultations/" + id + "/lkpp-answer")
                .then().statusCode(400).body("title", equalTo("Data tidak valid"))
                .body("errors[0].message", equalTo("tidak boleh kosong"));
        given().when().get("/api/helpdesk/consultations/" + id).then().body("status", equalTo("ESCALATED"));
    }

    private void at(String time) {
        clock.set(OffsetDateTime.parse("2026-12-01T" + time + ":00+07:00"));
    }
}
