package id.go.madiunkota.helpdesk.service;

import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.go.madiunkota.helpdesk.repository.CallbackRepository;
import id.go.madiunkota.helpdesk.support.OutboxRows;
import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The callback queue and the callback watch on a set clock: a callback falls due 10 minutes (the standard's
 * callbackMinutes) after the escalation, is overdue 5 minutes later, and CallbackDue goes out once, even when two
 * watches race.
 */
@QuarkusTest
@TestSecurity(user = "agen.callback", roles = "helpdesk-agent")
class CallbackWatchTest {

    private static final String DUE = "helpdesk.CallbackDue";

    @Inject
    TestClock clock;

    @Inject
    CallbackWatch watch;

    @Inject
    OutboxRows outbox;

    @Inject
    CallbackRepository callbacks;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCallbackIsDueTenMinutesAfterTheEscalationAndOverdueLater() {
        at("2026-12-02T09:00");
        String id = escalated();
        String callback = callbackOf(id);

        at("2026-12-02T09:09:59");
        given().queryParam("due", true).when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.id", not(hasItem(callback)));
        given().when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.id == '" + callback + "' }.due", equalTo(false))
                .body("items.find { it.id == '" + callback + "' }.status", equalTo("PENDING"));

        at("2026-12-02T09:10");
        given().queryParam("due", true).when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.id == '" + callback + "' }.due", equalTo(true))
                .body("items.find { it.id == '" + callback + "' }.overdue", equalTo(false))
                .body("items.find { it.id == '" + callback + "' }.callerPhone", equalTo("081234567890"))
                .body("items.find { it.id == '" + callback + "' }.consultationStatus", equalTo("ESCALATED"));

        at("2026-12-02T09:15:01");
        given().queryParam("due", true).when().get("/api/helpdesk/callbacks").then().statusCode(200)
                .body("items.find { it.id == '" + callback + "' }.overdue", equalTo(true));
    }

    @Test
    void callbackDueIsPublishedOnceWhenTheTimeComes() {
        at("2026-12-03T09:00");
        String id = escalated();
        String callback = callbackOf(id);

        runAt("2026-12-03T09:09");
        assertThat(outbox.count(id, DUE)).isZero();
        runAt("2026-12-03T09:10");
        assertThat(outbox.count(id, DUE)).isEqualTo(1);
        runAt("2026-12-03T09:11");
        runAt("2026-12-03T09:30");
        assertThat(outbox.count(id, DUE)).isEqualTo(1);
        assertThat(outbox.payloads(id, DUE).get(0)).contains("\"callbackId\": \"" + callback + "\"",
                "\"agent\": \"agen.callback\"", "\"dueAt\": \"2026-12-03T02:10:00Z\"")
                .doesNotContain("081234567890", "Agus Prasetyo");
        given().when().get("/api/helpdesk/callbacks").then()
                .body("items.find { it.id == '" + callback + "' }.notifiedAt", notNullValue());
    }

    @Test
    void aCompletedCallbackLeavesTheQueueAndIsNotAnnounced() {
        at("2026-12-04T09:00");
        String id = escalated();
        String callback = callbackOf(id);
        at("2026-12-04T09:08"); // the agent rang early
        given().contentType(ContentType.JSON).body(Map.of("note", "Penelepon diminta menunggu jawaban LKPP."))
                .when().post("/api/helpdesk/callbacks/" + callback + "/completion")
                .then().statusCode(200).body("status", equalTo("DONE")).body("due", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/helpdesk/callbacks/" + callback + "/completion")
                .then().statusCode(409).contentType("application/problem+json");
        runAt("2026-12-04T09:20");
        assertThat(outbox.count(id, DUE)).isZero();
        given().when().get("/api/helpdesk/callbacks").then().body("items.id", not(hasItem(callback)));
    }

    @Test
    void twoWatchesRacingPublishEachCallbackOnce() throws Exception {
        at("2026-12-05T09:00");
        List<String> ids = List.of(escalated(), escalated(), escalated());
        at("2026-12-05T09:12");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> awaitThenRun(start), threads),
                    CompletableFuture.supplyAsync(() -> awaitThenRun(start), threads));
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        for (String id : ids) {
            assertThat(outbox.count(id, DUE)).as("CallbackDue of " + id).isEqualTo(1);
        }
    }

    @Test
    void eachAgentSeesOnlyTheirOwnCallbacks() {
        at("2026-12-06T09:00");
        String id = escalated();
        String callback = callbackOf(id);
        at("2026-12-06T09:30");
        given().queryParam("due", true).when().get("/api/helpdesk/callbacks").then()
                .body("items.id", hasItem(callback));
        otherAgentSeesNothing(callback);
    }

    @Test
    @TestSecurity(user = "agen.lain", roles = "helpdesk-agent")
    void anotherAgentsCallbackIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/helpdesk/callbacks/00000000-0000-0000-0000-00000000cafe/completion")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void otherRolesAre403() {
        given().when().get("/api/helpdesk/callbacks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/helpdesk/callbacks/00000000-0000-0000-0000-00000000cafe/completion")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "agen.callback", roles = "helpdesk-agent")
    void aMalformedCompletionIs400() {
        given().contentType(ContentType.JSON).body(Map.of("note", "x".repeat(2001)))
                .when().post("/api/helpdesk/callbacks/00000000-0000-0000-0000-00000000cafe/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
    }

    private void otherAgentSeesNothing(String callback) {
        // Callbacks are listed by the caller's login; the same query for another login finds none of these.
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                callbacks.pendingFor("agen.lain", null).list().stream().map(c -> c.id().toString()).toList()))
                .doesNotContain(callback);
    }

    private int awaitThenRun(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return watch.run();
    }

    private String escalated() {
        String id = open();
        escalate(id).statusCode(200);
        return id;
    }

    private static String callbackOf(String consultationId) {
        return given().when().get("/api/helpdesk/consultations/" + consultationId).then().statusCode(200)
                .body("escalations", hasSize(1)).extract().path("escalations[0].callbackId");
    }

    private void at(String localTime) {
        clock.set(OffsetDateTime.parse(localTime + (localTime.length() == 16 ? ":00" : "") + "+07:00"));
    }

    private void runAt(String localTime) {
        at(localTime);
        watch.run();
    }
}
