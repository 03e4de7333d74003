package id.go.madiunkota.helpdesk.events;

import static id.go.madiunkota.helpdesk.support.Consultations.close;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.lkppAnswer;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static id.go.madiunkota.helpdesk.support.Consultations.relay;
import static id.go.madiunkota.helpdesk.support.Consultations.resolve;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.OutboxRows;
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
 * The outbox rows each step writes, in the step's transaction: exactly one event per step that has one (none for
 * the relay, none for a refused step), of the right type, keyed by the aggregate, naming the agent by subject, and
 * never carrying the caller's or complainant's name, phone, e-mail, the question or the answers' text.
 */
@QuarkusTest
@TestSecurity(user = "agen.outbox", roles = "helpdesk-agent")
class OutboxRowsPerTransitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENED = "helpdesk.ConsultationOpened";
    private static final String RESOLVED = "helpdesk.ConsultationResolved";
    private static final String ESCALATED = "helpdesk.ConsultationEscalated";
    private static final String LKPP = "helpdesk.LkppAnswerRecorded";
    private static final String CLOSED = "helpdesk.ConsultationClosed";
    private static final String QUESTION = "User ID penyedia terkunci";
    private static final String DIRECT_ANSWER = "User ID dibuka kembali.";
    private static final String LKPP_ANSWER = "Unggah ulang dengan peramban terbaru.";

    @Inject
    OutboxRows outbox;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void openingWritesOneConsultationOpenedWithCodesOnly() throws Exception {
        at("08:00");
        String id = open();
        assertThat(outbox.types(id)).containsExactly(OPENED);
        JsonNode event = only(id, OPENED);
        assertThat(event.path("consultationId").asText()).isEqualTo(id);
        assertThat(event.path("channel").asText()).isEqualTo("PHONE");
        assertThat(event.path("callerRole").asText()).isEqualTo("PROVIDER");
        assertThat(event.path("topic").asText()).isEqualTo("USER_ID_PASSWORD");
        assertThat(event.path("openedAt").asText()).isEqualTo("2026-12-07T01:00:00Z");
        assertNoPersonalData(id);
    }

    @Test
    void aDirectAnswerWritesOneConsultationResolvedNamingTheAgentBySubject() throws Exception {
        at("08:00");
        String id = open();
        at("08:04");
        resolve(id).statusCode(200);
        assertThat(outbox.types(id)).containsExactly(OPENED, RESOLVED);
        JsonNode event = only(id, RESOLVED);
        assertThat(event.path("consultationId").asText()).isEqualTo(id);
        assertThat(event.path("agent").asText()).isEqualTo("agen.outbox");
        assertThat(event.path("resolvedAt").asText()).isEqualTo("2026-12-07T01:04:00Z");
        assertNoPersonalData(id);
    }

    @Test
    void anEscalationWritesOneConsultationEscalatedWithTheCallback() throws Exception {
        at("08:00");
        String id = open();
        at("08:02");
        String callback = escalate(id).statusCode(200).extract().path("escalations[0].callbackId");
        assertThat(outbox.types(id)).containsExactly(OPENED, ESCALATED);
        JsonNode event = only(id, ESCALATED);
        assertThat(event.path("callbackId").asText()).isEqualTo(callback);
        assertThat(event.path("agent").asText()).isEqualTo("agen.outbox");
        assertThat(event.path("escalationNumber").asInt()).isEqualTo(1);
        assertThat(event.path("escalatedAt").asText()).isEqualTo("2026-12-07T01:02:00Z");
        assertThat(event.path("callbackDueAt").asText()).isEqualTo("2026-12-07T01:12:00Z");
        assertNoPersonalData(id);
    }

    @Test
    void lkppsAnswerWritesOneLkppAnswerRecordedWithTheReferenceAndNotTheText() throws Exception {
        at("08:00");
        String id = open();
        escalate(id).statusCode(200);
        at("08:09");
        lkppAnswer(id).statusCode(200);
        assertThat(outbox.types(id)).containsExactly(OPENED, ESCALATED, LKPP);
        JsonNode event = only(id, LKPP);
        assertThat(event.path("lkppReference").asText()).isEqualTo("LKPP-HD-2026-004512");
        assertThat(event.path("agent").asText()).isEqualTo("agen.outbox");
        assertThat(event.path("escalatedAt").asText()).isEqualTo("2026-12-07T01:00:00Z");
        assertThat(event.path("recordedAt").asText()).isEqualTo("2026-12-07T01:09:00Z");
        assertNoPersonalData(id);
    }

    @Test
    void theRelayWritesNoEventAndTheClosureOne() throws Exception {
        at("08:00");
        String id = open();
        escalate(id).statusCode(200);
        at("08:06");
        lkppAnswer(id).statusCode(200);
        relay(id, true).statusCode(200);
        assertThat(outbox.types(id)).as("the relay has no event of its own").containsExactly(OPENED, ESCALATED, LKPP);
        at("08:20");
        close(id).statusCode(200);
        assertThat(outbox.types(id)).containsExactly(OPENED, ESCALATED, LKPP, CLOSED);
        JsonNode event = only(id, CLOSED);
        assertThat(event.path("agent").asText()).isEqualTo("agen.outbox");
        assertThat(event.path("openedAt").asText()).isEqualTo("2026-12-07T01:00:00Z");
        assertThat(event.path("closedAt").asText()).isEqualTo("2026-12-07T01:20:00Z");
        assertThat(event.path("escalationCount").asInt()).isEqualTo(1);
        assertThat(event.path("lkppWaitSeconds").asInt()).isEqualTo(360);
        assertThat(event.path("withinTarget").asBoolean()).isTrue();
        assertNoPersonalData(id);
    }

    @Test
    void aRefusedStepWritesNothing() {
        String id = open();
        close(id).statusCode(409);
        lkppAnswer(id).statusCode(409);
        relay(id, true).statusCode(409);
        resolve(id).statusCode(200);
        resolve(id).statusCode(409);
        escalate(id).statusCode(409);
        assertThat(outbox.types(id)).containsExactly(OPENED, RESOLVED);
    }

    @Test
    void anInvalidBodyWritesNothing() {
        String id = open();
        given().contentType(ContentType.JSON).body(Map.of("note", ""))
                .when().post("/api/helpdesk/consultations/" + id + "/escalation").then().statusCode(400);
        assertThat(outbox.types(id)).containsExactly(OPENED);
    }

    @Test
    void aComplaintWritesReceivedThenAnsweredWithTheAnswererBySubject() throws Exception {
        Map<String, Object> body = Bodies.complaint();
        body.put("kind", "INPUT");
        body.put("channel", "EMAIL");
        body.put("service", "HELPDESK");
        at("10:00");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/helpdesk/complaints")
                .then().statusCode(201).extract().path("id");
        assertThat(outbox.types(id)).containsExactly("helpdesk.ComplaintReceived");
        JsonNode received = only(id, "helpdesk.ComplaintReceived");
        assertThat(received.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(received.path("service").asText()).isEqualTo("HELPDESK");
        assertThat(received.path("kind").asText()).isEqualTo("INPUT");
        assertThat(received.path("receivedAt").asText()).isEqualTo("2026-12-07T03:00:00Z");

        at("10:30");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Masukan diteruskan ke koordinator."))
                .when().post("/api/helpdesk/complaints/" + id + "/response").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("answer", "Kedua kali"))
                .when().post("/api/helpdesk/complaints/" + id + "/response").then().statusCode(409);
        assertThat(outbox.types(id)).containsExactly("helpdesk.ComplaintReceived", "helpdesk.ComplaintAnswered");
        JsonNode answered = only(id, "helpdesk.ComplaintAnswered");
        assertThat(answered.path("answeredBy").asText()).isEqualTo("agen.outbox");
        assertThat(answered.path("service").asText()).isEqualTo("HELPDESK");
        assertThat(answered.path("receivedAt").asText()).isEqualTo("2026-12-07T03:00:00Z");
        assertThat(answered.path("answeredAt").asText()).isEqualTo("2026-12-07T03:30:00Z");
        for (String payload : allPayloads(id, "helpdesk.ComplaintReceived", "helpdesk.ComplaintAnswered")) {
            assertThat(payload).doesNotContain(Bodies.COMPLAINANT_NAME, Bodies.COMPLAINANT_PHONE,
                    Bodies.COMPLAINANT_EMAIL, "Antrean verifikasi", "Masukan diteruskan");
        }
    }

    /** The one event of {@code type} about {@code id}, parsed. */
    private JsonNode only(String id, String type) throws Exception {
        List<String> payloads = outbox.payloads(id, type);
        assertThat(payloads).as("%s events of %s", type, id).hasSize(1);
        return JSON.readTree(payloads.get(0));
    }

    private List<String> allPayloads(String id, String... types) {
        return java.util.Arrays.stream(types).flatMap(t -> outbox.payloads(id, t).stream()).toList();
    }

    private void assertNoPersonalData(String id) {
        for (String payload : allPayloads(id, OPENED, RESOLVED, ESCALATED, LKPP, CLOSED)) {
            assertThat(payload).doesNotContain(Bodies.CALLER_NAME, Bodies.CALLER_PHONE, "CV Maju Jaya", QUESTION,
                    DIRECT_ANSWER, LKPP_ANSWER);
        }
    }

    private void at(String time) {
        clock.set(OffsetDateTime.parse("2026-12-07T" + time + ":00+07:00"));
    }
}
