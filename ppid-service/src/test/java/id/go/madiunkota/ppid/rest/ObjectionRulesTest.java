package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The objection grounds held against the facts (UU 14/2008 Pasal 35 ayat 1): "not answered" only when the due date
 * passed without a decision, "answered late" only when the decision came after it, "unreasonable cost" only when a
 * cost was charged. Each refusal in both languages, and nothing saved.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class ObjectionRulesTest {

    private static final Caller OFFICER = new Caller("officer-1", "petugas.satu", Set.of(Roles.PPID_OFFICER));

    @Inject
    TestClock clock;

    @Inject
    Requests requests;

    @Inject
    RequestWorkflowService workflow;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void notAnsweredOnlyWhenTheDueDatePassedWithoutADecision() {
        InformationRequest answered = receivedOn13March();
        at("2026-04-06"); // the due date: decided on time
        decide(answered, DecisionOutcome.GRANTED);
        at("2026-04-08");
        file(answered, "REQUEST_NOT_ANSWERED", "id").statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Alasan keberatan tidak sesuai"))
                .body("detail", equalTo("Alasan \"tidak ditanggapi\" hanya berlaku bila tenggat tanggapan (2026-04-06) "
                        + "terlewati tanpa keputusan."));
        file(answered, "REQUEST_NOT_ANSWERED", "en").statusCode(422)
                .body("title", equalTo("Ground does not apply"))
                .body("detail", equalTo("The ground \"not answered\" applies only when the response due date "
                        + "(2026-04-06) passed without a decision."));
        assertThat(objectionsOf(answered)).isZero();

        InformationRequest silent = receivedOn13March();
        at("2026-04-07");
        file(silent, "REQUEST_NOT_ANSWERED", "id").statusCode(201).body("grounds", equalTo(List.of(
                "REQUEST_NOT_ANSWERED")));
    }

    @Test
    void answeredLateOnlyWhenTheDecisionCameAfterTheDueDate() {
        InformationRequest onTime = receivedOn13March();
        InformationRequest late = receivedOn13March();
        at("2026-04-06");
        decide(onTime, DecisionOutcome.GRANTED);
        at("2026-04-07");
        decide(late, DecisionOutcome.GRANTED);
        file(onTime, "LATE_ANSWER", "id").statusCode(422)
                .body("title", equalTo("Alasan keberatan tidak sesuai"))
                .body("detail", containsString("hanya berlaku bila keputusan diberikan setelah tenggat (2026-04-06)"));
        file(onTime, "LATE_ANSWER", "en").statusCode(422)
                .body("title", equalTo("Ground does not apply"))
                .body("detail", containsString("applies only when the decision came after the due date (2026-04-06)"));
        assertThat(objectionsOf(onTime)).isZero();
        file(late, "LATE_ANSWER", "en").statusCode(201).body("grounds", equalTo(List.of("LATE_ANSWER")));
    }

    @Test
    void unreasonableCostOnlyWhenACostWasCharged() {
        InformationRequest free = receivedOn13March();
        InformationRequest charged = receivedOn13March();
        at("2026-03-20");
        decide(free, DecisionOutcome.GRANTED);
        decide(charged, DecisionOutcome.GRANTED);
        // The service is free of charge: no endpoint sets a cost, so the charged case is made in the database.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE information_request SET cost = 50000 WHERE id = ?1").setParameter(1, charged.id())
                .executeUpdate());
        file(free, "UNREASONABLE_COST", "id").statusCode(422)
                .body("title", equalTo("Alasan keberatan tidak sesuai"))
                .body("detail", equalTo("Alasan \"biaya yang tidak wajar\" hanya berlaku bila biaya dikenakan; "
                        + "permohonan ini tidak dikenai biaya."));
        file(free, "UNREASONABLE_COST", "en").statusCode(422)
                .body("title", equalTo("Ground does not apply"))
                .body("detail", containsString("applies only when a cost was charged"));
        assertThat(objectionsOf(free)).isZero();
        file(charged, "UNREASONABLE_COST", "id").statusCode(201);
    }

    @Test
    void everyGroundMustHoldNotJustOne() {
        InformationRequest request = receivedOn13March();
        at("2026-04-07");
        file(request, List.of("REQUEST_NOT_ANSWERED", "LATE_ANSWER"), "en").statusCode(422)
                .body("detail", containsString("answered late"));
        assertThat(objectionsOf(request)).isZero();
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenListsOnlyTheObjectionsAboutTheirOwnRequests() {
        at("2026-03-13");
        InformationRequest mine = requests.submitted(Requests.citizen("citizen-1"));
        InformationRequest theirs = requests.submitted(Requests.citizen("citizen-2"));
        at("2026-04-07");
        String own = file(mine, "REQUEST_NOT_ANSWERED", "id").statusCode(201).extract().path("id");
        String other = given().contentType(ContentType.JSON).header("X-Tracking-Code", theirs.trackingCode())
                .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan."))
                .when().post("/api/ppid/requests/" + theirs.id() + "/objections").then().statusCode(201)
                .extract().path("id");
        given().queryParam("size", 100).when().get("/api/ppid/objections").then().statusCode(200)
                .body("items.id", equalTo(List.of(own)))
                .body("items[0].requestId", equalTo(mine.id().toString()))
                .body("total", equalTo(1));
        given().queryParam("status", "DECIDED").when().get("/api/ppid/objections").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().when().get("/api/ppid/objections/" + other).then().statusCode(404);
        given().when().get("/api/ppid/objections").then().body("items.id", not(hasItem(other)));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void staffListEveryObjection() {
        InformationRequest request = receivedOn13March();
        at("2026-04-07");
        String id = given().contentType(ContentType.JSON).header("X-Tracking-Code", request.trackingCode())
                .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan."))
                .when().post("/api/ppid/requests/" + request.id() + "/objections").then().statusCode(201)
                .extract().path("id");
        given().queryParam("size", 100).when().get("/api/ppid/objections").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void anotherRoleMayNotListObjections() {
        given().when().get("/api/ppid/objections").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    private InformationRequest receivedOn13March() {
        at("2026-03-13");
        return requests.submitted(Requests.ANONYMOUS);
    }

    private void at(String day) {
        clock.set(OffsetDateTime.parse(day + "T10:00:00+07:00"));
    }

    private void decide(InformationRequest request, DecisionOutcome outcome) {
        workflow.decide(request.id(), new RequestBodies.Decision(outcome, null, null, null, null, null, null,
                "Diputuskan"), OFFICER);
    }

    private long objectionsOf(InformationRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM objection WHERE request_id = ?1").setParameter(1, request.id())
                .getSingleResult()).longValue());
    }

    private static ValidatableResponse file(InformationRequest request, String ground, String language) {
        return file(request, List.of(ground), language);
    }

    private static ValidatableResponse file(InformationRequest request, List<String> grounds, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("grounds", grounds, "reason", "Keberatan atas penanganan permohonan."))
                .when().post("/api/ppid/requests/" + request.id() + "/objections").then();
    }
}
