package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every objection ground (UU 14/2008 Pasal 35 ayat 1 a–g) against every kind of fact a request can present: decided
 * on time in each of the four ways, granted late, or not decided past its due date. A ground the facts bear out is
 * filed (201, the ground kept); one they do not is a 422 titled in both languages, and no objection is saved. The
 * grounds of judgement (periodic information, not as requested, not fulfilled) are the superior's to weigh: they pass
 * on every fact.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class ObjectionGroundsMatrixTest {

    /** What happened to the request before the objection. */
    enum Fact {
        GRANTED_ON_TIME, PARTIALLY_GRANTED_ON_TIME, REJECTED_ON_TIME, NOT_HELD_ON_TIME, GRANTED_LATE, NOT_ANSWERED
    }

    static final List<String> GROUNDS = List.of("REJECTED_UNDER_PASAL_17", "PERIODIC_INFORMATION_NOT_PUBLISHED",
            "REQUEST_NOT_ANSWERED", "ANSWERED_NOT_AS_REQUESTED", "REQUEST_NOT_FULFILLED", "UNREASONABLE_COST",
            "LATE_ANSWER");

    /** The facts on which each ground may be filed; the service is free of charge, so a cost never applies. */
    static final Map<String, Set<Fact>> APPLIES_ON = Map.of(
            "REJECTED_UNDER_PASAL_17", Set.of(Fact.PARTIALLY_GRANTED_ON_TIME, Fact.REJECTED_ON_TIME),
            "PERIODIC_INFORMATION_NOT_PUBLISHED", Set.of(Fact.values()),
            "REQUEST_NOT_ANSWERED", Set.of(Fact.NOT_ANSWERED),
            "ANSWERED_NOT_AS_REQUESTED", Set.of(Fact.values()),
            "REQUEST_NOT_FULFILLED", Set.of(Fact.values()),
            "UNREASONABLE_COST", Set.of(),
            "LATE_ANSWER", Set.of(Fact.GRANTED_LATE));

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyGroundAgainstEveryFact() {
        List<String> wrong = new ArrayList<>();
        int filed = 0;
        for (Fact fact : Fact.values()) {
            for (String ground : GROUNDS) {
                String request = requestWith(fact);
                at("2026-04-08");
                boolean applies = APPLIES_ON.get(ground).contains(fact);
                if (applies) {
                    Response answer = file(request, ground, "en");
                    if (answer.statusCode() != 201 || !List.of(ground).equals(answer.path("grounds"))) {
                        wrong.add("%s on %s: %d %s".formatted(ground, fact, answer.statusCode(), answer.asString()));
                    }
                    filed++;
                } else {
                    expect422(wrong, ground, fact, file(request, ground, "en"), "Ground does not apply");
                    expect422(wrong, ground, fact, file(request, ground, "id"), "Alasan keberatan tidak sesuai");
                    if (objectionsOf(request) != 0) {
                        wrong.add("%s on %s: an objection was saved".formatted(ground, fact));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(filed).isEqualTo(2 + 6 + 1 + 6 + 6 + 0 + 1);
    }

    @Test
    void aGroundOfJudgementDoesNotCoverAGroundTheFactsRefuse() {
        String request = requestWith(Fact.GRANTED_ON_TIME);
        at("2026-04-08");
        Response answer = given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("grounds", List.of("ANSWERED_NOT_AS_REQUESTED", "REJECTED_UNDER_PASAL_17"),
                        "reason", "Keberatan atas jawaban."))
                .when().post("/api/ppid/requests/" + request + "/objections");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.<String>path("title")).isEqualTo("Ground does not apply");
        assertThat(objectionsOf(request)).isZero();
    }

    private static void expect422(List<String> wrong, String ground, Fact fact, Response answer, String title) {
        String contentType = answer.getContentType();
        boolean problem = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE);
        if (answer.statusCode() != 422 || !problem || !title.equals(answer.path("title"))) {
            wrong.add("%s on %s: %d %s".formatted(ground, fact, answer.statusCode(), answer.asString()));
        }
    }

    /** A walk-in request received 13 March (due 6 April) that then met {@code fact}. */
    private String requestWith(Fact fact) {
        at("2026-03-13");
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().path("id");
        at(fact == Fact.GRANTED_LATE ? "2026-04-07" : "2026-03-20");
        Map<String, Object> decision = switch (fact) {
            case GRANTED_ON_TIME, GRANTED_LATE -> Map.of("outcome", "GRANTED");
            case PARTIALLY_GRANTED_ON_TIME -> Map.of("outcome", "PARTIALLY_GRANTED", "exemptionGrounds",
                    List.of("PASAL_17_H"), "consequenceTest", "Data pribadi.", "withheldParts", "Lampiran");
            case REJECTED_ON_TIME -> Map.of("outcome", "REJECTED", "exemptionGrounds", List.of("PASAL_17_H"),
                    "consequenceTest", "Data pribadi.");
            case NOT_HELD_ON_TIME -> Map.of("outcome", "NOT_HELD", "heldBy", "BPS Kota Madiun");
            case NOT_ANSWERED -> null;
        };
        if (decision != null) {
            given().contentType(ContentType.JSON).body(decision).when()
                    .post("/api/ppid/requests/" + id + "/decision").then().statusCode(200);
        }
        return id;
    }

    private static Response file(String request, String ground, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("grounds", List.of(ground), "reason", "Keberatan atas penanganan permohonan."))
                .when().post("/api/ppid/requests/" + request + "/objections");
    }

    private long objectionsOf(String request) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM objection WHERE request_id = cast(?1 as uuid)").setParameter(1, request)
                .getSingleResult()).longValue());
    }

    private void at(String day) {
        clock.set(OffsetDateTime.parse(day + "T10:00:00+07:00"));
    }
}
