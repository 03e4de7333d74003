package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.ppid.api.RequestBodies;
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

/** The PPID's work on a request: extension, decision, delivery, closure, and the moves the flow refuses. */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class RequestWorkflowTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anExtensionOnDayFourCountsSevenWorkingDaysAfterTheFirstTenAndIsGivenOnce() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        // Working days after 13 March: 16, 17, 25, 26 (day 4). Due 6 April; 7 working days after it end on 15 April
        // (the default base; counting from the notice: ExtensionFromNoticeDayTest).
        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        action(id, "extension", Map.of("reason", "Data dihimpun dari tiga bidang")).statusCode(200)
                .body("status", equalTo("EXTENDED"))
                .body("extendedOn", equalTo("2026-03-26"))
                .body("dueDate", equalTo("2026-04-15"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestExtended");

        action(id, "extension", Map.of("reason", "Sekali lagi")).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void anExtensionAfterTheFirstTenWorkingDaysIsRefused() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        clock.set(OffsetDateTime.parse("2026-04-07T09:00:00+07:00"));
        action(id, "extension", Map.of("reason", "Terlambat"), "en").statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("2026-04-06"));
    }

    @Test
    void aRejectionNeedsItsLegalGroundsAndTheConsequenceTest() {
        String id = submitted();
        action(id, "decision", Map.of("outcome", "REJECTED"), "en").statusCode(422)
                .body("title", equalTo("Legal grounds required"));
        action(id, "decision", Map.of("outcome", "REJECTED", "exemptionGrounds", List.of("PASAL_17_H"),
                "consequenceTest", "Membuka data pribadi pihak ketiga lebih merugikan.")).statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decision.exemptionGrounds.code", equalTo(List.of("PASAL_17_H")))
                .body("decision.exemptionGrounds[0].article", equalTo("Pasal 17 huruf h"))
                .body("decision.cost", equalTo(0));
        action(id, "decision", Map.of("outcome", "GRANTED")).statusCode(409);
    }

    @Test
    void aPartialGrantNamesTheWithheldPartsAndAGrantTakesNoGrounds() {
        String partial = submitted();
        action(partial, "decision", Map.of("outcome", "PARTIALLY_GRANTED", "exemptionGrounds", List.of("PASAL_17_H"),
                "consequenceTest", "Nama pihak ketiga dihitamkan.")).statusCode(422);
        String granted = submitted();
        action(granted, "decision", Map.of("outcome", "GRANTED", "exemptionGrounds", List.of("PASAL_17_A")))
                .statusCode(422);
        action(granted, "decision", Map.of("outcome", "UNKNOWN")).statusCode(400);
    }

    @Test
    void aGrantedRequestIsDeliveredThenClosedAndEachStepIsAnEvent() {
        String id = submitted();
        action(id, "processing", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        action(id, "decision", Map.of("outcome", "GRANTED", "copyFormat", "SOFTCOPY", "note", "Terlampir"))
                .statusCode(200)
                .body("decision.copyFormat", equalTo("SOFTCOPY"));
        // delivered now, after the decision
        action(id, "delivery", Map.of("deliveredAt", OffsetDateTime.now(clock).toString(), "method", "EMAIL"))
                .statusCode(200).body("status", equalTo("DELIVERED")).body("deliveredBy", equalTo("EMAIL"));
        action(id, "closure", null).statusCode(200).body("status", equalTo("CLOSED"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestDecided",
                "ppid.InformationDelivered");
    }

    @Test
    void movesTheFlowDoesNotAllowAre409() {
        String id = submitted();
        action(id, "delivery", Map.of("deliveredAt", OffsetDateTime.now(clock).toString(), "method", "EMAIL"))
                .statusCode(409).contentType(PROBLEM).body("type", containsString("invalid-transition"));
        action(id, "closure", null).statusCode(409);
        action(id, "invalidation", Map.of("reason", "Bukan permohonan informasi")).statusCode(200)
                .body("status", equalTo("INVALID"));
        action(id, "withdrawal", Map.of("reason", "Tidak jadi")).statusCode(409);
    }

    @Test
    void anUnknownRequestIs404() {
        action("00000000-0000-0000-0000-000000000000", "processing", null).statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNotDecide() {
        action("00000000-0000-0000-0000-000000000000", "decision", Map.of("outcome", "GRANTED")).statusCode(403)
                .contentType(PROBLEM);
    }

    private String submitted() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse action(String id, String action, Map<String, ?> body) {
        return action(id, action, body, "id");
    }

    private static ValidatableResponse action(String id, String action, Map<String, ?> body, String language) {
        var request = given().header("Accept-Language", language);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/ppid/requests/" + id + "/" + action).then();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid = ?1 ORDER BY seq").setParameter(1, id)
                        .getResultList());
    }
}
