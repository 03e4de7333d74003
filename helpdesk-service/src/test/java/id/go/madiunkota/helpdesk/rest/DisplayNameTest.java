package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Consultations.BASE;
import static id.go.madiunkota.helpdesk.support.Consultations.close;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.lkppAnswer;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static id.go.madiunkota.helpdesk.support.Consultations.relay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.helpdesk.api.ConsultationBodies;
import id.go.madiunkota.helpdesk.api.OpenConsultation;
import id.go.madiunkota.helpdesk.entity.CallerRole;
import id.go.madiunkota.helpdesk.entity.ConsultationChannel;
import id.go.madiunkota.helpdesk.entity.Staff;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.helpdesk.service.ConsultationService;
import id.go.madiunkota.helpdesk.service.TimedConsultation;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.OutboxRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff as the answers, the records and the events name them, with a token whose subject (a Keycloak id) differs
 * from its display name ({@code preferred_username}): answers show the display name, the database keeps both, the
 * events carry the subject only, and the callback queue follows the subject.
 */
@QuarkusTest
class DisplayNameTest {

    private static final String AGENT_SUBJECT = "6c1b7f0e-5d7a-4e8b-9a31-0d2f4c6b8e10";
    private static final String AGENT_NAME = "agen.tampil";
    private static final String OFFICER_SUBJECT = "91d3a2c4-0b6e-4f7a-8c5d-2e9f1a3b7c64";
    private static final String OFFICER_NAME = "petugas.ppid.tampil";
    private static final String RENAMED_SUBJECT = "3a9d5e7f-1c2b-4d6e-8f0a-b1c2d3e4f5a6";

    @Inject
    OutboxRows outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    ConsultationService consultations;

    @Test
    @TestSecurity(user = AGENT_NAME, roles = "helpdesk-agent")
    @OidcSecurity(claims = {@Claim(key = "sub", value = AGENT_SUBJECT),
        @Claim(key = "preferred_username", value = AGENT_NAME)})
    void answersShowTheAgentsDisplayNameAndEventsTheSubject() {
        String id = open();
        given().when().get(BASE + "/" + id).then().statusCode(200).body("agent", equalTo(AGENT_NAME));
        String callback = escalate(id).statusCode(200).body("escalations[0].escalatedBy", equalTo(AGENT_NAME))
                .extract().path("escalations[0].callbackId");
        given().when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.id == '" + callback + "' }.agent", equalTo(AGENT_NAME));
        lkppAnswer(id).statusCode(200);
        relay(id, true).statusCode(200);
        close(id).statusCode(200);

        for (String type : List.of("helpdesk.ConsultationEscalated", "helpdesk.LkppAnswerRecorded",
                "helpdesk.ConsultationClosed")) {
            assertThat(outbox.payloads(id, type)).singleElement().asString()
                    .contains("\"agent\": \"" + AGENT_SUBJECT + "\"").doesNotContain(AGENT_NAME);
        }
        Object[] row = row("select agent, agent_name, closed_by, closed_by_name from consultation "
                + "where id = cast(?1 as uuid)", id);
        assertThat(row).containsExactly(AGENT_SUBJECT, AGENT_NAME, AGENT_SUBJECT, AGENT_NAME);
        Object[] escalation = row("select escalated_by, escalated_by_name, answer_recorded_by, "
                + "answer_recorded_by_name from lkpp_escalation where consultation_id = cast(?1 as uuid)", id);
        assertThat(escalation).containsExactly(AGENT_SUBJECT, AGENT_NAME, AGENT_SUBJECT, AGENT_NAME);
        Object[] task = row("select agent, agent_name from callback where id = cast(?1 as uuid)", callback);
        assertThat(task).containsExactly(AGENT_SUBJECT, AGENT_NAME);
    }

    @Test
    @TestSecurity(user = AGENT_NAME, roles = "helpdesk-agent")
    @OidcSecurity(claims = {@Claim(key = "sub", value = AGENT_SUBJECT),
        @Claim(key = "preferred_username", value = AGENT_NAME)})
    void theListFiltersTheAgentBySubjectOrDisplayName() {
        String id = open();
        given().queryParam("agent", AGENT_NAME).queryParam("size", 100).when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("agent", AGENT_SUBJECT).queryParam("size", 100).when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = "ppid-officer")
    @OidcSecurity(claims = {@Claim(key = "sub", value = OFFICER_SUBJECT),
        @Claim(key = "preferred_username", value = OFFICER_NAME)})
    void aComplaintShowsWhoRecordedAndAnsweredItByDisplayName() {
        Map<String, Object> body = Bodies.complaint();
        body.put("service", "PPID");
        body.put("channel", "WALK_IN");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/helpdesk/complaints")
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/helpdesk/complaints/" + id).then().statusCode(200)
                .body("recordedBy", equalTo(OFFICER_NAME));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Sudah ditindaklanjuti."))
                .when().post("/api/helpdesk/complaints/" + id + "/response").then().statusCode(200)
                .body("answeredBy", equalTo(OFFICER_NAME)).body("recordedBy", equalTo(OFFICER_NAME));
        assertThat(outbox.payloads(id, "helpdesk.ComplaintAnswered")).singleElement().asString()
                .contains("\"answeredBy\": \"" + OFFICER_SUBJECT + "\"").doesNotContain(OFFICER_NAME);
        Object[] row = row("select recorded_by, recorded_by_name, answered_by, answered_by_name from complaint "
                + "where id = cast(?1 as uuid)", id);
        assertThat(row).containsExactly(OFFICER_SUBJECT, OFFICER_NAME, OFFICER_SUBJECT, OFFICER_NAME);
    }

    @Test
    @TestSecurity(user = "agen.nama.baru", roles = "helpdesk-agent")
    @OidcSecurity(claims = {@Claim(key = "sub", value = RENAMED_SUBJECT),
        @Claim(key = "preferred_username", value = "agen.nama.baru")})
    void aRenamedAccountKeepsItsQueueAndTheRecordsKeepTheNameOfTheTime() {
        Staff before = new Staff(RENAMED_SUBJECT, "agen.nama.lama");
        TimedConsultation opened = consultations.open(openBody(), before);
        String id = opened.consultation().id().toString();
        String callback = consultations.escalate(opened.consultation().id(),
                new ConsultationBodies.Escalation("Tanya LKPP"), before).escalations().get(0).callbackId().toString();

        given().when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.id == '" + callback + "' }.agent", equalTo("agen.nama.lama"));
        given().when().get(BASE + "/" + id).then().statusCode(200).body("agent", equalTo("agen.nama.lama"))
                .body("escalations[0].escalatedBy", equalTo("agen.nama.lama"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Jawaban", "lkppReference", "LKPP-R"))
                .when().post(BASE + "/" + id + "/lkpp-answer").then().statusCode(200)
                .body("escalations[0].escalatedBy", equalTo("agen.nama.lama"));
        Object[] escalation = row("select answer_recorded_by, answer_recorded_by_name from lkpp_escalation "
                + "where consultation_id = cast(?1 as uuid)", id);
        assertThat(escalation).containsExactly(RENAMED_SUBJECT, "agen.nama.baru");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/helpdesk/callbacks/" + callback + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE"));
    }

    @Test
    void aWebFormComplaintHasNoRecorder() {
        String id = given().contentType(ContentType.JSON).body(Bodies.complaint()).when()
                .post("/api/helpdesk/complaints").then().statusCode(201).extract().path("id");
        Object[] row = row("select recorded_by, recorded_by_name from complaint where id = cast(?1 as uuid)", id);
        assertThat(row).containsExactly(null, null);
    }

    private static OpenConsultation openBody() {
        return new OpenConsultation(ConsultationChannel.PHONE, new OpenConsultation.CallerInput(Bodies.CALLER_NAME,
                CallerRole.PROVIDER, null, Bodies.CALLER_PHONE, null, null), Topic.TENDER,
                "Pertanyaan tentang tender.");
    }

    private Object[] row(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult());
    }
}
