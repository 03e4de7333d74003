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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request's state machine through the API: a request is brought to each of its eleven statuses by the officer's
 * own calls, then every action the flow does not allow from there is tried. Each answers 409 problem+json titled in
 * the caller's language; the status, the due date and the outbox stay as they were. The allowed moves lead where the
 * flow says.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class RequestTransitionRefusalsTest {

    private static final String MOMENT = "2026-03-16T10:00:00+07:00";

    /** Every action, with a body valid at {@link #MOMENT} so that only the status can refuse it. */
    enum Action {
        PROCESSING("processing", null),
        EXTENSION("extension", Map.of("reason", "Data dihimpun dari tiga bidang")),
        DECISION("decision", Map.of("outcome", "GRANTED", "note", "Diberikan seluruhnya")),
        DELIVERY("delivery", Map.of("deliveredAt", MOMENT, "method", "EMAIL")),
        CLOSURE("closure", null),
        WITHDRAWAL("withdrawal", Map.of("reason", "Tidak diperlukan lagi")),
        INVALIDATION("invalidation", Map.of("reason", "Bukan permohonan informasi publik"));

        final String path;
        final Map<String, ?> body;

        Action(String path, Map<String, ?> body) {
            this.path = path;
            this.body = body;
        }
    }

    /** Where each action is allowed from. */
    static final Map<Action, Set<String>> ALLOWED_FROM = Map.of(
            Action.PROCESSING, Set.of("REGISTERED"),
            Action.EXTENSION, Set.of("REGISTERED", "IN_PROGRESS"),
            Action.DECISION, Set.of("REGISTERED", "IN_PROGRESS", "EXTENDED"),
            Action.DELIVERY, Set.of("GRANTED", "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD"),
            Action.CLOSURE, Set.of("DELIVERED"),
            Action.WITHDRAWAL, Set.of("REGISTERED", "IN_PROGRESS", "EXTENDED"),
            Action.INVALIDATION, Set.of("REGISTERED", "IN_PROGRESS"));

    static final List<String> STATUSES = List.of("REGISTERED", "IN_PROGRESS", "EXTENDED", "GRANTED",
            "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD", "DELIVERED", "CLOSED", "WITHDRAWN", "INVALID");

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void atMoment() {
        clock.set(OffsetDateTime.parse(MOMENT));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyMoveTheFlowRefusesIs409AndChangesNothing() {
        List<String> wrong = new ArrayList<>();
        for (String status : STATUSES) {
            String id = requestIn(status);
            String dueDate = get(id).path("dueDate");
            long events = eventCount(id);
            for (Action action : EnumSet.allOf(Action.class)) {
                if (ALLOWED_FROM.get(action).contains(status)) {
                    continue;
                }
                expectRefusal(wrong, status, action, act(id, action, "id"), "Perubahan status tidak diizinkan");
                expectRefusal(wrong, status, action, act(id, action, "en"), "State change not allowed");
                Response after = get(id);
                if (!status.equals(after.path("status")) || !dueDate.equals(after.path("dueDate"))) {
                    wrong.add("%s %s changed the request to %s due %s".formatted(status, action,
                            after.path("status"), after.path("dueDate")));
                }
            }
            if (eventCount(id) != events) {
                wrong.add(status + ": a refused move wrote to the outbox");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyAllowedMoveLeadsWhereTheFlowSays() {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String status : STATUSES) {
            for (Action action : EnumSet.allOf(Action.class)) {
                if (!ALLOWED_FROM.get(action).contains(status)) {
                    continue;
                }
                String leadsTo = switch (action) {
                    case PROCESSING -> "IN_PROGRESS";
                    case EXTENSION -> "EXTENDED";
                    case DECISION -> "GRANTED";
                    case DELIVERY -> "DELIVERED";
                    case CLOSURE -> "CLOSED";
                    case WITHDRAWAL -> "WITHDRAWN";
                    case INVALIDATION -> "INVALID";
                };
                expected.put(status + " " + action, leadsTo);
                Response answer = act(requestIn(status), action, "en");
                if (answer.statusCode() != 200 || !leadsTo.equals(answer.path("status"))) {
                    wrong.add("%s %s: %d %s".formatted(status, action, answer.statusCode(), answer.asString()));
                }
            }
        }
        assertThat(expected).hasSize(16);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWithdrawalOrInvalidationKeepsItsReasonAndEndsTheDeadline() {
        String withdrawn = requestIn("IN_PROGRESS");
        act(withdrawn, Action.WITHDRAWAL, "id").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"))
                .body("overdue", org.hamcrest.Matchers.equalTo(false))
                .body("dueSoon", org.hamcrest.Matchers.equalTo(false));
        String invalid = requestIn("REGISTERED");
        act(invalid, Action.INVALIDATION, "id").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("INVALID"))
                .body("decision", org.hamcrest.Matchers.nullValue());
        // long after the due date, neither counts as overdue
        clock.set(OffsetDateTime.parse("2026-06-01T10:00:00+07:00"));
        get(withdrawn).then().body("overdue", org.hamcrest.Matchers.equalTo(false));
        get(invalid).then().body("overdue", org.hamcrest.Matchers.equalTo(false));
    }

    private static void expectRefusal(List<String> wrong, String status, Action action, Response answer,
            String title) {
        String contentType = answer.getContentType();
        boolean problem = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE);
        if (answer.statusCode() != 409 || !problem || !title.equals(answer.path("title"))
                || !String.valueOf(answer.<String>path("type")).endsWith("invalid-transition")) {
            wrong.add("%s %s: %d %s".formatted(status, action, answer.statusCode(), answer.asString()));
        }
    }

    /** A walk-in request brought to {@code status} through the API. */
    private String requestIn(String status) {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
        switch (status) {
            case "REGISTERED" -> { }
            case "IN_PROGRESS" -> ok(id, "processing", null);
            case "EXTENDED" -> ok(id, "extension", Action.EXTENSION.body);
            case "GRANTED" -> ok(id, "decision", Map.of("outcome", "GRANTED"));
            case "PARTIALLY_GRANTED" -> ok(id, "decision", Map.of("outcome", "PARTIALLY_GRANTED",
                    "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Data pribadi pihak ketiga.",
                    "withheldParts", "Lampiran berisi NIK"));
            case "REJECTED" -> ok(id, "decision", Map.of("outcome", "REJECTED",
                    "exemptionGrounds", List.of("PASAL_17_A"), "consequenceTest", "Menghambat penyidikan."));
            case "NOT_HELD" -> ok(id, "decision", Map.of("outcome", "NOT_HELD", "heldBy", "BPS Kota Madiun"));
            case "DELIVERED" -> {
                ok(id, "decision", Map.of("outcome", "GRANTED"));
                ok(id, "delivery", Action.DELIVERY.body);
            }
            case "CLOSED" -> {
                ok(id, "decision", Map.of("outcome", "GRANTED"));
                ok(id, "delivery", Action.DELIVERY.body);
                ok(id, "closure", null);
            }
            case "WITHDRAWN" -> ok(id, "withdrawal", Action.WITHDRAWAL.body);
            case "INVALID" -> ok(id, "invalidation", Action.INVALIDATION.body);
            default -> throw new IllegalArgumentException(status);
        }
        assertThat(get(id).<String>path("status")).isEqualTo(status);
        return id;
    }

    private static void ok(String id, String path, Map<String, ?> body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.when().post("/api/ppid/requests/" + id + "/" + path).then().statusCode(200);
    }

    private static Response act(String id, Action action, String language) {
        var request = given().header("Accept-Language", language);
        if (action.body != null) {
            request = request.contentType(ContentType.JSON).body(action.body);
        }
        return request.when().post("/api/ppid/requests/" + id + "/" + action.path);
    }

    private static Response get(String id) {
        return given().when().get("/api/ppid/requests/" + id);
    }

    private long eventCount(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregateid = ?1").setParameter(1, id).getSingleResult())
                .longValue());
    }
}
