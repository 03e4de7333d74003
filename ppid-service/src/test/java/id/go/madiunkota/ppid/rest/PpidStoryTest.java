package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole PPID story in one test: an online request, extended, rejected under Pasal 17, an objection, the superior
 * upholds the PPID, a dispute is filed with the Komisi Informasi and its mediation agreement recorded. Every step shows
 * through the public tracking code,
 * and the events stand in the outbox in order. (PPID staff act with both staff roles here; the role rules of each
 * step have their own tests.)
 */
@QuarkusTest
@TestSecurity(user = "ppid-staff", roles = {"ppid-officer", "ppid-superior"})
class PpidStoryTest {

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
    void fromOnlineRequestToDispute() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        InformationRequest request = requests.submitted(Requests.ANONYMOUS);
        String id = request.id().toString();
        String code = request.trackingCode();
        track(code).body("status", equalTo("REGISTERED")).body("dueDate", equalTo("2026-04-06"));

        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        post("/api/ppid/requests/" + id + "/extension", Map.of("reason", "Data dihimpun dari tiga bidang"));
        // 7 working days after the first 10 (due 6 April): 15 April
        track(code).body("status", equalTo("EXTENDED")).body("dueDate", equalTo("2026-04-15"));

        clock.set(OffsetDateTime.parse("2026-04-02T09:00:00+07:00"));
        post("/api/ppid/requests/" + id + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Memuat rahasia pribadi pihak ketiga."));
        track(code).body("status", equalTo("REJECTED")).body("outcome", equalTo("REJECTED"))
                .body("exemptionGrounds", equalTo(List.of("PASAL_17_H")));

        clock.set(OffsetDateTime.parse("2026-04-06T09:00:00+07:00"));
        String objection = given().contentType(ContentType.JSON).header("X-Tracking-Code", code)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + id + "/objections")
                .then().statusCode(201)
                .body("registrationNumber", matchesPattern("KEBERATAN/2026/\\d{6}"))
                // 30 working days, skipping 1 May, 14 May (Kenaikan) and 15 May (cuti bersama)
                .body("dueDate", equalTo("2026-05-21"))
                .extract().path("id");
        track(code).body("objection.status", equalTo("FILED"));

        clock.set(OffsetDateTime.parse("2026-04-20T09:00:00+07:00"));
        post("/api/ppid/objections/" + objection + "/decision",
                Map.of("outcome", "UPHELD", "reason", "Pengecualian Pasal 17 huruf h telah diuji."));
        track(code).body("objection.status", equalTo("DECIDED")).body("objection.outcome", equalTo("UPHELD"));

        clock.set(OffsetDateTime.parse("2026-04-27T09:00:00+07:00"));
        post("/api/ppid/objections/" + objection + "/dispute",
                Map.of("commissionCaseNumber", "012/IV/KI-JATIM-PS/2026", "filedOn", "2026-04-27"));
        track(code).body("objection.status", equalTo("ESCALATED"))
                .body("objection.disputeFiledOn", equalTo("2026-04-27"));

        clock.set(OffsetDateTime.parse("2026-06-10T09:00:00+07:00"));
        post("/api/ppid/objections/" + objection + "/dispute-outcome", Map.of("outcome", "MEDIATION_AGREEMENT",
                "decidedOn", "2026-06-09", "commissionCaseNumber", "012/IV/KI-JATIM-PS/2026"));
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(200)
                .body("disputeOutcome", equalTo("MEDIATION_AGREEMENT")).body("disputeOutcomeOn", equalTo("2026-06-09"));

        assertThat(eventTypes(id, objection)).containsExactly("ppid.RequestReceived", "ppid.RequestExtended",
                "ppid.RequestDecided", "ppid.ObjectionFiled", "ppid.ObjectionDecided", "ppid.DisputeFiled",
                "ppid.DisputeOutcomeRecorded");
    }

    private static io.restassured.response.ValidatableResponse track(String code) {
        return given().when().get("/api/ppid/tracking/" + code).then().statusCode(200);
    }

    private static void post(String path, Map<String, ?> body) {
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String requestId, String objectionId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid IN (?1, ?2) ORDER BY seq")
                .setParameter(1, requestId).setParameter(2, objectionId).getResultList());
    }
}
