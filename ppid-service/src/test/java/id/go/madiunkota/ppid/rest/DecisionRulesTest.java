package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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

/**
 * The statutory rules of the PPID's own steps: the extension adds time (by default 7 working days after the first 10,
 * UU 14/2008 Pasal 22 ayat 8), a "not held" decision names the holder or says it is unknown (Pasal 22 ayat 7), and a
 * delivery is dated between the decision and now. Each refusal is checked in both languages, and nothing is saved.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class DecisionRulesTest {

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
    void byDefaultTheExtensionCountsSevenWorkingDaysAfterTheFirstTen() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        // Due 6 April; 7 working days after it (3 and 5 April are behind): 7, 8, 9, 10, 13, 14, 15 April.
        clock.set(OffsetDateTime.parse("2026-03-16T09:00:00+07:00"));
        action(id, "extension", Map.of("reason", "Data dihimpun dari tiga bidang"), "id").statusCode(200)
                .body("status", equalTo("EXTENDED"))
                .body("extendedOn", equalTo("2026-03-16"))
                .body("dueDate", equalTo("2026-04-15"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestExtended");
    }

    @Test
    void aNotHeldDecisionNamesTheHolderOrSaysItIsUnknown() {
        String id = submitted();
        action(id, "decision", Map.of("outcome", "NOT_HELD"), "id").statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors[0].field", equalTo("heldBy"))
                .body("errors[0].message", containsString("sebutkan badan publik yang menguasai informasi"));
        action(id, "decision", Map.of("outcome", "NOT_HELD", "heldBy", " "), "en").statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("heldBy"))
                .body("errors[0].message", containsString("name the public body that holds the information"));
        action(id, "decision", Map.of("outcome", "NOT_HELD", "heldBy", "BPS Kota Madiun", "holderUnknown", true),
                "en").statusCode(400).body("errors[0].field", equalTo("holderUnknown"));
        get(id).body("status", equalTo("REGISTERED")).body("decision", nullValue());

        action(id, "decision", Map.of("outcome", "NOT_HELD", "heldBy", "  BPS Kota Madiun "), "id").statusCode(200)
                .body("status", equalTo("NOT_HELD"))
                .body("decision.heldBy", equalTo("BPS Kota Madiun"))
                .body("decision.holderUnknown", equalTo(false));
        String unknown = submitted();
        action(unknown, "decision", Map.of("outcome", "NOT_HELD", "holderUnknown", true), "id").statusCode(200)
                .body("decision.heldBy", nullValue())
                .body("decision.holderUnknown", equalTo(true));
    }

    @Test
    void aDeliveryIsDatedBetweenTheDecisionAndNow() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        clock.set(OffsetDateTime.parse("2026-03-17T10:00:00+07:00"));
        action(id, "decision", Map.of("outcome", "GRANTED"), "id").statusCode(200);
        clock.set(OffsetDateTime.parse("2026-03-18T10:00:00+07:00"));

        Map<String, String> beforeDecision = Map.of("deliveredAt", "2026-03-17T09:59:00+07:00", "method", "EMAIL");
        action(id, "delivery", beforeDecision, "id").statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Pengiriman sebelum keputusan"))
                .body("detail", containsString("2026-03-17"));
        action(id, "delivery", beforeDecision, "en").statusCode(422)
                .body("title", equalTo("Delivery before the decision"))
                .body("detail", containsString("cannot have been delivered before the decision"));
        Map<String, String> future = Map.of("deliveredAt", "2026-03-18T10:05:00+07:00", "method", "EMAIL");
        action(id, "delivery", future, "id").statusCode(400)
                .body("errors[0].field", equalTo("deliveredAt"))
                .body("errors[0].message", equalTo("harus tanggal yang sudah lewat atau hari ini"));
        action(id, "delivery", future, "en").statusCode(400)
                .body("errors[0].field", equalTo("deliveredAt"))
                .body("errors[0].message", equalTo("must be a date in the past or in the present"));
        get(id).body("status", equalTo("GRANTED")).body("deliveredAt", nullValue());

        action(id, "delivery", Map.of("deliveredAt", "2026-03-17T10:30:00+07:00", "method", "EMAIL"), "id")
                .statusCode(200).body("status", equalTo("DELIVERED"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestDecided",
                "ppid.InformationDelivered");
    }

    private String submitted() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse get(String id) {
        return given().when().get("/api/ppid/requests/" + id).then().statusCode(200);
    }

    static ValidatableResponse action(String id, String action, Map<String, ?> body, String language) {
        return given().header("Accept-Language", language).contentType(ContentType.JSON).body(body)
                .when().post("/api/ppid/requests/" + id + "/" + action).then();
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid = ?1 ORDER BY seq").setParameter(1, id)
                        .getResultList());
    }
}
