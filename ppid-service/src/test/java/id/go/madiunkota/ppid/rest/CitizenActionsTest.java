package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a citizen does with their own file, and only their own: withdraw a request still waiting for its decision,
 * accept the superior's answer, take it to the Komisi Informasi. Another citizen's request or objection does not
 * exist for them (404, nothing changes); a request that has ended gives no ground for an objection.
 */
@QuarkusTest
class CitizenActionsTest {

    private static final Map<String, Object> NOT_ANSWERED =
            Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan.");

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "citizen-w", roles = "citizen")
    void aCitizenWithdrawsTheirOwnRequestWhileItWaits() {
        at("2026-03-13");
        String id = submitted();
        post("/requests/" + id + "/withdrawal", Map.of("reason", "Sudah didapat dari situs web"), "id")
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestWithdrawn");
        post("/requests/" + id + "/withdrawal", Map.of("reason", "Sekali lagi"), "en").statusCode(409)
                .contentType(Problem.MEDIA_TYPE).body("title", equalTo("State change not allowed"));
        given().when().get("/api/ppid/requests/mine?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "citizen-w2", roles = "citizen")
    void anotherCitizensRequestCannotBeWithdrawnAndDoesNotExist() {
        at("2026-03-13");
        String theirs = submitted();
        handOver(theirs);
        post("/requests/" + theirs + "/withdrawal", Map.of("reason", "Bukan milik saya"), "en").statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("title", equalTo("Not found"));
        post("/requests/" + theirs + "/withdrawal", Map.of("reason", "Bukan milik saya"), "id").statusCode(404)
                .body("title", equalTo("Data tidak ditemukan"));
        assertThat(status(theirs)).isEqualTo("REGISTERED");
        assertThat(eventTypes(theirs)).containsExactly("ppid.RequestReceived");
    }

    @Test
    @TestSecurity(user = "citizen-o", roles = {"citizen", "ppid-superior"})
    void aCitizenAcceptsTheSuperiorsAnswerOnTheirOwnObjection() {
        at("2026-03-13");
        String request = submitted();
        at("2026-04-07");
        String objection = post("/requests/" + request + "/objections", NOT_ANSWERED, "id").statusCode(201)
                .body("filedVia", equalTo("OWNER")).extract().path("id");
        post("/objections/" + objection + "/acceptance", null, "en").statusCode(409)
                .body("title", equalTo("State change not allowed")); // not decided yet
        decideAsSuperior(objection, "UPHELD");
        post("/objections/" + objection + "/acceptance", null, "id").statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        post("/objections/" + objection + "/dispute", Map.of("filedOn", "2026-04-07"), "en").statusCode(409)
                .body("title", equalTo("State change not allowed"));
        assertThat(eventTypes(objection)).containsExactly("ppid.ObjectionFiled", "ppid.ObjectionDecided");
    }

    @Test
    @TestSecurity(user = "citizen-d", roles = {"citizen", "ppid-superior"})
    void aCitizenTakesTheirObjectionToTheCommissionWithinTheWindow() {
        at("2026-03-13");
        String request = submitted();
        at("2026-04-07");
        String objection = post("/requests/" + request + "/objections", NOT_ANSWERED, "id").statusCode(201)
                .extract().path("id");
        decideAsSuperior(objection, "UPHELD"); // on 7 April: the window ends 14 working days later, 27 April
        at("2026-04-20");
        post("/objections/" + objection + "/dispute", Map.of("filedOn", "2026-04-06"), "en").statusCode(422)
                .body("title", equalTo("Outside the dispute window"));
        post("/objections/" + objection + "/dispute", Map.of("filedOn", "2026-04-20"), "id").statusCode(200)
                .body("status", equalTo("ESCALATED"))
                .body("disputeFiledOn", equalTo("2026-04-20"))
                .body("disputeOnSilence", equalTo(false));
        // the commission's outcome is recorded by the PPID, not by the applicant
        post("/objections/" + objection + "/dispute-outcome", Map.of("outcome", "MEDIATION_AGREEMENT",
                "decidedOn", "2026-04-20", "commissionCaseNumber", "031/VI/KI-JATIM-PS/2026"), "en").statusCode(403);
    }

    @Test
    @TestSecurity(user = "citizen-x2", roles = "citizen")
    void anotherCitizensObjectionCannotBeAcceptedNorDisputed() {
        at("2026-03-13");
        String theirs = submitted();
        at("2026-04-07");
        String objection = post("/requests/" + theirs + "/objections", NOT_ANSWERED, "id").statusCode(201)
                .extract().path("id");
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(200);
        handOver(theirs);
        post("/objections/" + objection + "/acceptance", null, "en").statusCode(404)
                .body("title", equalTo("Not found"));
        post("/objections/" + objection + "/dispute", Map.of("filedOn", "2026-04-07"), "en").statusCode(404);
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(404);
        assertThat(eventTypes(objection)).containsExactly("ppid.ObjectionFiled");
        given().queryParam("size", 100).when().get("/api/ppid/objections").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(objection)));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void aRequestThatEndedWithoutADecisionGivesNoGroundForAnObjection() {
        at("2026-03-13");
        String withdrawn = submittedAsOfficer();
        String invalid = submittedAsOfficer();
        post("/requests/" + withdrawn + "/withdrawal", Map.of("reason", "Tidak jadi"), "id").statusCode(200);
        post("/requests/" + invalid + "/invalidation", Map.of("reason", "Bukan permohonan"), "id").statusCode(200);
        at("2026-04-08"); // past the due date that no longer runs
        for (String id : List.of(withdrawn, invalid)) {
            post("/requests/" + id + "/objections", NOT_ANSWERED, "en").statusCode(422)
                    .contentType(Problem.MEDIA_TYPE);
            assertThat(objectionsOf(id)).isZero();
        }
    }

    /** The superior's answer, given by the test identity, which holds the superior's role as well. */
    private static void decideAsSuperior(String objection, String outcome) {
        post("/objections/" + objection + "/decision", Map.of("outcome", outcome, "reason", "Sudah diuji."), "id")
                .statusCode(200).body("status", equalTo("DECIDED"));
    }

    /** Makes {@code request} another citizen's, as if they had filed it. */
    private void handOver(String request) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE information_request SET owner_subject = 'citizen-other' WHERE id = cast(?1 as uuid)")
                .setParameter(1, request).executeUpdate());
    }

    private String submitted() {
        return given().contentType(ContentType.JSON).body(personRequest()).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().path("id");
    }

    private String submittedAsOfficer() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().path("id");
    }

    private String status(String request) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT status FROM information_request WHERE id = cast(?1 as uuid)").setParameter(1, request)
                .getSingleResult());
    }

    private long objectionsOf(String request) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM objection WHERE request_id = cast(?1 as uuid)").setParameter(1, request)
                .getSingleResult()).longValue());
    }

    private void at(String day) {
        clock.set(OffsetDateTime.parse(day + "T10:00:00+07:00"));
    }

    private static ValidatableResponse post(String path, Map<String, ?> body, String language) {
        var request = given().header("Accept-Language", language);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/ppid" + path).then();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid = ?1 ORDER BY seq").setParameter(1, id)
                .getResultList());
    }
}
