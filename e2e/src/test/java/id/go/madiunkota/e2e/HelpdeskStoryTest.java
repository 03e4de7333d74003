package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.support.EventsOnKafka;
import id.go.madiunkota.e2e.support.EventsOnKafka.Event;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Tokens;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk story on the real stack, through the gateway only, with the helpdesk agent's real token: a phone
 * consultation is escalated to LKPP (a callback task appears for the agent, due 10 minutes later), LKPP's answer is
 * recorded with its reference, the agent calls back, the caller accepts the answer, the consultation is closed. The
 * events arrive on {@code helpdesk.events} in order, without the caller's name or phone; other roles are refused.
 */
class HelpdeskStoryTest {

    private static final String AGENT = "helpdesk-agent";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPhoneConsultationIsEscalatedToLkppCalledBackAnsweredAndClosed() {
        // unique per run, so that the privacy check below is about this run's caller
        String phone = "0812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String callerName = "Rina Kusumawati " + phone.substring(8);

        // 1. The agent opens a PHONE consultation for the caller
        ValidatableResponse opened = Gateway.as(AGENT).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE",
                        "caller", Map.of("name", callerName, "role", "PROVIDER", "organization", "CV Maju Jaya",
                                "phone", phone),
                        "topic", "E_CATALOGUE",
                        "question", "Bagaimana cara memperbarui etalase produk di e-katalog lokal?"))
                .when().post("/api/helpdesk/consultations")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("channel", equalTo("PHONE"))
                .body("caller.name", equalTo(callerName))
                .body("caller.phone", equalTo(phone))
                .body("agent", equalTo(AGENT))
                .body("escalations", hasSize(0));
        String id = opened.extract().path("id");

        // Other roles: citizen1 and the auditor have no access to consultations (api.md: helpdesk-agent only); the
        // gateway refuses them before the service
        Gateway.as("citizen1").when().get("/api/helpdesk/consultations/" + id)
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true");
        Gateway.as("citizen1").contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().post("/api/helpdesk/consultations/" + id + "/escalation")
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true");
        Gateway.anonymous().when().get("/api/helpdesk/consultations/" + id).then().statusCode(401);
        Gateway.as("auditor").when().get("/api/helpdesk/consultations/" + id)
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true")
                .body("status", equalTo(403));
        Gateway.as("auditor").when().post("/api/helpdesk/consultations/" + id + "/closure")
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true");
        Gateway.as("citizen1").when().get("/api/helpdesk/callbacks")
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true");

        // closing an OPEN consultation is not a step of the flow
        act(id, "closure", null, 409);

        // 2. Escalated to LKPP: a callback task for the agent, due about 10 minutes later
        JsonPath escalated = act(id, "escalation",
                Map.of("note", "Perlu konfirmasi LKPP tentang pembaruan etalase."), 200)
                .body("status", equalTo("ESCALATED"))
                .body("escalations", hasSize(1))
                .body("escalations[0].number", equalTo(1))
                .body("escalations[0].escalatedBy", equalTo(AGENT))
                .body("escalations[0].callbackId", notNullValue())
                .extract().jsonPath();
        String callbackId = escalated.getString("escalations[0].callbackId");
        Instant escalatedAt = Instant.parse(escalated.getString("escalations[0].escalatedAt"));

        List<Map<String, Object>> queue = Gateway.as(AGENT).when().get("/api/helpdesk/callbacks")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.id == '" + callbackId + "' }");
        assertThat(queue).as("callback %s in the agent's queue", callbackId).hasSize(1);
        Map<String, Object> callback = queue.get(0);
        assertThat(callback).containsEntry("consultationId", id).containsEntry("agent", AGENT)
                .containsEntry("status", "PENDING").containsEntry("due", false).containsEntry("overdue", false)
                .containsEntry("callerName", callerName).containsEntry("callerPhone", phone)
                .containsEntry("consultationStatus", "ESCALATED");
        Duration delay = Duration.between(escalatedAt, Instant.parse((String) callback.get("dueAt")));
        assertThat(delay).as("callback due after the standard's callbackMinutes (10)")
                .isBetween(Duration.ofSeconds(590), Duration.ofSeconds(610));
        List<String> dueNow = Gateway.as(AGENT).queryParam("due", true).when().get("/api/helpdesk/callbacks")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(dueNow).as("callbacks due now").doesNotContain(callbackId);

        // closing while waiting on LKPP is refused
        act(id, "closure", null, 409);

        // 3. LKPP's answer recorded with its reference
        String lkppReference = "LKPP-HD-" + phone.substring(4);
        act(id, "lkpp-answer", Map.of("answer", "Etalase diperbarui melalui menu Katalog Lokal > Produk.",
                "lkppReference", lkppReference), 200)
                .body("status", equalTo("ANSWERED"))
                .body("escalations[0].lkppReference", equalTo(lkppReference))
                .body("escalations[0].answeredAt", notNullValue());
        // not before the caller has accepted the answer
        act(id, "closure", null, 409);

        // 4. The agent calls back (the callback completed), the caller accepts LKPP's answer
        Gateway.as(AGENT).contentType(ContentType.JSON).body(Map.of("note", "Jawaban LKPP disampaikan."))
                .when().post("/api/helpdesk/callbacks/" + callbackId + "/completion")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                .body("status", equalTo("DONE")).body("completedAt", notNullValue());
        List<String> pending = Gateway.as(AGENT).when().get("/api/helpdesk/callbacks")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(pending).as("pending callbacks after the call").doesNotContain(callbackId);

        act(id, "relay", Map.of("accepted", true), 200)
                .body("status", equalTo("ANSWERED"))
                .body("escalations[0].accepted", equalTo(true))
                .body("escalations[0].relayedAt", notNullValue());
        act(id, "relay", Map.of("accepted", true), 409);

        // 5. Closed, within the 30-minute target, with the time spent waiting on LKPP
        act(id, "closure", null, 200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("timing.targetMinutes", equalTo(30))
                .body("timing.withinTarget", equalTo(true))
                .body("timing.lkppWaitSeconds", notNullValue());
        Gateway.as(AGENT).when().get("/api/helpdesk/consultations/" + id)
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("escalations[0].lkppReference", equalTo(lkppReference))
                .body("resolvedAt", nullValue());
        act(id, "closure", null, 409);
        Gateway.as(AGENT).contentType(ContentType.JSON).body(Map.of("note", "lagi"))
                .when().post("/api/helpdesk/callbacks/" + callbackId + "/completion")
                .then().statusCode(409);

        // 6. The events on helpdesk.events, keyed by the consultation, in order, without the caller
        List<Event> events = EventsOnKafka.read("helpdesk.events", e -> id.equals(e.key()),
                found -> found.stream().anyMatch(e -> "helpdesk.ConsultationClosed".equals(e.type())),
                Duration.ofSeconds(60));
        assertThat(events.stream().map(Event::type).filter(t -> !"helpdesk.CallbackDue".equals(t)))
                .as("events of consultation %s on helpdesk.events, in order", id)
                .containsExactly("helpdesk.ConsultationOpened", "helpdesk.ConsultationEscalated",
                        "helpdesk.LkppAnswerRecorded", "helpdesk.ConsultationClosed");
        JsonNode openedEvent = json(events.get(0));
        assertThat(List.of(openedEvent.path("channel").asText(), openedEvent.path("callerRole").asText(),
                openedEvent.path("topic").asText())).containsExactly("PHONE", "PROVIDER", "E_CATALOGUE");
        JsonNode escalatedEvent = json(find(events, "helpdesk.ConsultationEscalated"));
        assertThat(escalatedEvent.path("callbackId").asText()).isEqualTo(callbackId);
        assertThat(escalatedEvent.path("escalationNumber").asInt()).isEqualTo(1);
        // the event carries the instant as computed (nanoseconds), the answer as stored (microseconds)
        assertThat(Instant.parse(escalatedEvent.path("callbackDueAt").asText()))
                .isCloseTo(Instant.parse((String) callback.get("dueAt")), within(1, ChronoUnit.MILLIS));
        assertThat(json(find(events, "helpdesk.LkppAnswerRecorded")).path("lkppReference").asText())
                .isEqualTo(lkppReference);
        JsonNode closedEvent = json(find(events, "helpdesk.ConsultationClosed"));
        assertThat(closedEvent.path("escalationCount").asInt()).isEqualTo(1);
        assertThat(closedEvent.path("withinTarget").asBoolean()).isTrue();
        // events name the agent by the token's stable subject; answers show the display name (AGENT)
        // (Caller's rule: the principal name when a token has no sub)
        String agentSubject = Tokens.claims(Tokens.of(AGENT)).path("sub").asText(AGENT);
        assertThat(closedEvent.path("agent").asText()).isEqualTo(agentSubject);
        assertThat(escalatedEvent.path("agent").asText()).isEqualTo(agentSubject);
        for (Event event : events) {
            assertThat(event.json()).as("payload of %s", event.type())
                    .contains(id)
                    .doesNotContain(callerName, phone, "Rina Kusumawati", "Bagaimana cara memperbarui");
        }
    }

    /** The agent's POST on a step of the consultation, checked for {@code status}. */
    private static ValidatableResponse act(String id, String step, Map<String, ?> body, int status) {
        var request = Gateway.as(AGENT);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        ValidatableResponse response = request.when().post("/api/helpdesk/consultations/" + id + "/" + step)
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(status);
        if (status == 200) {
            response.body("id", equalTo(id));
        } else {
            response.contentType(not(equalTo(""))).body("status", equalTo(status));
        }
        return response;
    }

    private static Event find(List<Event> events, String type) {
        return events.stream().filter(e -> type.equals(e.type())).findFirst()
                .orElseThrow(() -> new AssertionError(type + " not among " + events));
    }

    private static JsonNode json(Event event) {
        try {
            return JSON.readTree(event.json());
        } catch (IOException e) {
            throw new AssertionError("payload of " + event.type() + " is not JSON: " + event.json(), e);
        }
    }
}
