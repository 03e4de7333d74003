package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.ppid.entity.InformationRequest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Disputes with the Komisi Informasi (UU 14/2008 Pasal 37–38): on the superior's silence, within the 14 working days
 * that follow the lapse of their 30; and the commission's outcome, recorded once, shown, published and counted.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = {"ppid-officer", "ppid-superior"})
class DisputeRulesTest {

    private static final String CASE = "031/VI/KI-JATIM-PS/2026";

    @Inject
    TestClock clock;

    @Inject
    Requests requests;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void onTheSuperiorsSilenceTheDisputeGoesToTheCommissionWithinFourteenWorkingDays() {
        // Filed 7 April: 30 working days (1, 14 May holidays, 15 May cuti bersama) end on 22 May; the 14 that follow
        // (27 May, 1 and 16 June holidays, 28 May cuti bersama) end on 17 June.
        String objection = objectionFiledOn7April();
        at("2026-04-08");
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(200)
                .body("dueDate", equalTo("2026-05-22"))
                .body("silenceDisputeDueDate", equalTo("2026-06-17"));

        at("2026-05-22"); // the superior's last day
        dispute(objection, "2026-05-22", "id").statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Atasan PPID masih dalam jangka waktu"))
                .body("detail", containsString("sampai 2026-05-22"));
        dispute(objection, "2026-05-22", "en").statusCode(422)
                .body("title", equalTo("The superior still has time"))
                .body("detail", containsString("The PPID's superior may answer until 2026-05-22"));
        given().when().get("/api/ppid/objections/" + objection).then().body("status", equalTo("FILED"));

        at("2026-05-25");
        dispute(objection, "2026-05-25", "id").statusCode(200)
                .body("status", equalTo("ESCALATED"))
                .body("disputeOnSilence", equalTo(true))
                .body("disputeFiledOn", equalTo("2026-05-25"))
                .body("decidedOn", nullValue())
                .body("commissionCaseNumber", equalTo(CASE));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "Terlambat."))
                .when().post("/api/ppid/objections/" + objection + "/decision").then().statusCode(409);
        assertThat(eventTypes(objection)).containsExactly("ppid.ObjectionFiled", "ppid.DisputeFiled");
    }

    @Test
    void aDisputeOnSilenceAfterItsWindowIsRefused() {
        String objection = objectionFiledOn7April();
        at("2026-06-18");
        dispute(objection, "2026-06-18", "id").statusCode(422)
                .body("title", equalTo("Di luar jangka waktu sengketa"))
                .body("detail", containsString("paling lambat 2026-06-17"));
        dispute(objection, "2026-06-18", "en").statusCode(422)
                .body("title", equalTo("Outside the dispute window"))
                .body("detail", equalTo("When the PPID's superior has not answered by 2026-05-22, a dispute with the "
                        + "Komisi Informasi is filed after that day and no later than 2026-06-17 (14 working days)."));
        given().when().get("/api/ppid/objections/" + objection).then().body("status", equalTo("FILED"))
                .body("disputeFiledOn", nullValue());
        assertThat(eventTypes(objection)).containsExactly("ppid.ObjectionFiled");
    }

    @Test
    void theCommissionsOutcomeIsRecordedOnceShownAndPublished() {
        String objection = objectionFiledOn7April();
        outcome(objection, "MEDIATION_AGREEMENT", "2026-04-07", "en").statusCode(409); // no dispute yet
        at("2026-05-25");
        dispute(objection, "2026-05-25", "id").statusCode(200);
        at("2026-06-30");
        outcome(objection, "MEDIATION_AGREEMENT", "2026-05-20", "id").statusCode(422)
                .body("title", equalTo("Putusan sebelum sengketa diajukan"))
                .body("detail", containsString("(2026-05-25)"));
        outcome(objection, "MEDIATION_AGREEMENT", "2026-05-20", "en").statusCode(422)
                .body("title", equalTo("Outcome before the dispute was filed"))
                .body("detail", equalTo("The Komisi Informasi's outcome cannot be dated before the dispute was filed "
                        + "(2026-05-25)."));
        outcome(objection, "MEDIATION_AGREEMENT", "2026-07-01", "en").statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "SETTLED", "decidedOn", "2026-06-29"))
                .when().post("/api/ppid/objections/" + objection + "/dispute-outcome").then().statusCode(400);

        outcome(objection, "ADJUDICATION_DECISION", "2026-06-29", "id").statusCode(200)
                .body("status", equalTo("ESCALATED"))
                .body("disputeOutcome", equalTo("ADJUDICATION_DECISION"))
                .body("disputeOutcomeOn", equalTo("2026-06-29"))
                .body("commissionCaseNumber", equalTo(CASE));
        given().when().get("/api/ppid/objections/" + objection).then()
                .body("disputeOutcome", equalTo("ADJUDICATION_DECISION"));
        outcome(objection, "MEDIATION_AGREEMENT", "2026-06-29", "id").statusCode(409)
                .body("title", equalTo("Putusan sengketa sudah tercatat"))
                .body("detail", containsString("(putusan ajudikasi, 2026-06-29)"));
        outcome(objection, "MEDIATION_AGREEMENT", "2026-06-29", "en").statusCode(409)
                .body("title", equalTo("Dispute outcome already recorded"));
        assertThat(eventTypes(objection)).containsExactly("ppid.ObjectionFiled", "ppid.DisputeFiled",
                "ppid.DisputeOutcomeRecorded");
        Object[] payload = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT payload->>'outcome', payload->>'decidedOn', payload->>'commissionCaseNumber', "
                        + "payload->>'requestId' FROM outbox_event WHERE aggregateid = ?1 AND type = "
                        + "'ppid.DisputeOutcomeRecorded'").setParameter(1, objection).getSingleResult());
        assertThat(payload).containsExactly("ADJUDICATION_DECISION", "2026-06-29", CASE, requestOf(objection));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNotRecordTheOutcome() {
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "MEDIATION_AGREEMENT", "decidedOn", "2026-06-29", "commissionCaseNumber", CASE))
                .when().post("/api/ppid/objections/00000000-0000-0000-0000-000000000000/dispute-outcome")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "")
    void recordingTheOutcomeNeedsAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "MEDIATION_AGREEMENT", "decidedOn", "2026-06-29", "commissionCaseNumber", CASE))
                .when().post("/api/ppid/objections/00000000-0000-0000-0000-000000000000/dispute-outcome")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    private static String requestOf(String objection) {
        return given().when().get("/api/ppid/objections/" + objection).then().extract().path("requestId");
    }

    private String objectionFiledOn7April() {
        at("2026-03-13");
        InformationRequest request = requests.submitted(Requests.ANONYMOUS);
        at("2026-04-07");
        return given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan."))
                .when().post("/api/ppid/requests/" + request.id() + "/objections").then().statusCode(201)
                .extract().path("id");
    }

    private void at(String day) {
        clock.set(OffsetDateTime.parse(day + "T10:00:00+07:00"));
    }

    private static ValidatableResponse dispute(String objection, String filedOn, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("commissionCaseNumber", CASE, "filedOn", filedOn))
                .when().post("/api/ppid/objections/" + objection + "/dispute").then();
    }

    private static ValidatableResponse outcome(String objection, String outcome, String decidedOn, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("outcome", outcome, "decidedOn", decidedOn, "commissionCaseNumber", CASE))
                .when().post("/api/ppid/objections/" + objection + "/dispute-outcome").then();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid = ?1 ORDER BY seq").setParameter(1, id)
                        .getResultList());
    }
}
