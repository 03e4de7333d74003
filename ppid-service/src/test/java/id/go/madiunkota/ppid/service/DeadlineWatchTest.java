package id.go.madiunkota.ppid.service;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/** The deadline watch: DeadlineApproaching and DeadlineBreached once per request and due date, even when raced. */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class DeadlineWatchTest {

    private static final String APPROACHING = "ppid.DeadlineApproaching";
    private static final String BREACHED = "ppid.DeadlineBreached";

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void approachingTwoWorkingDaysBeforeAndBreachedTheDayAfterEachOnce() {
        String id = receivedOnFirstOctober();

        runOn("2026-10-12"); // 3 working days left: 13, 14, 15
        assertThat(count(id, APPROACHING)).isZero();
        assertThat(count(id, BREACHED)).isZero();

        runOn("2026-10-13"); // 2 left
        assertThat(count(id, APPROACHING)).isEqualTo(1);
        runOn("2026-10-13");
        runOn("2026-10-15"); // the due date itself: still approaching, already told
        assertThat(count(id, APPROACHING)).isEqualTo(1);
        assertThat(count(id, BREACHED)).isZero();

        runOn("2026-10-16");
        assertThat(count(id, BREACHED)).isEqualTo(1);
        runOn("2026-10-16");
        runOn("2026-10-19");
        assertThat(count(id, BREACHED)).isEqualTo(1);
        assertThat(count(id, APPROACHING)).isEqualTo(1);
    }

    @Test
    void theEventsCarryTheRequestItsDueDateAndTheWorkingDaysLeft() {
        String id = receivedOnFirstOctober();
        runOn("2026-10-14");
        runOn("2026-10-16");
        assertThat(payload(id, APPROACHING)).contains("\"aggregateKind\": \"REQUEST\"", "\"dueDate\": \"2026-10-15\"",
                "\"workingDaysLeft\": 1", "\"registrationNumber\": \"PPID/2026/");
        assertThat(payload(id, BREACHED)).contains("\"aggregateKind\": \"REQUEST\"", "\"dueDate\": \"2026-10-15\"",
                "\"workingDaysLeft\": -1");
    }

    @Test
    void aBreachFoundLateIsTheOnlyNotice() {
        String id = receivedOnFirstOctober();
        runOn("2026-10-20");
        assertThat(count(id, BREACHED)).isEqualTo(1);
        assertThat(count(id, APPROACHING)).isZero();
    }

    @Test
    void aDecidedRequestGetsNothing() {
        String id = receivedOnFirstOctober();
        clock.set(OffsetDateTime.parse("2026-10-05T09:00:00+07:00"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_HELD", "heldBy", "BPKAD Kota Madiun"))
                .when().post("/api/ppid/requests/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("NOT_HELD"));
        runOn("2026-10-13");
        runOn("2026-10-16");
        assertThat(count(id, APPROACHING)).isZero();
        assertThat(count(id, BREACHED)).isZero();
    }

    @Test
    void twoWatchesRunningAtOnceEmitEachNoticeOnce() throws Exception {
        String id = receivedOnFirstOctober();
        racedOn("2026-10-13");
        assertThat(count(id, APPROACHING)).isEqualTo(1);
        racedOn("2026-10-16");
        assertThat(count(id, BREACHED)).isEqualTo(1);
        assertThat(count(id, APPROACHING)).isEqualTo(1);
    }

    @Test
    void anObjectionAwaitingTheSuperiorIsWatchedToo() {
        String request = receivedOnFirstOctober();
        clock.set(OffsetDateTime.parse("2026-10-16T10:00:00+07:00")); // the request's deadline has passed
        String objection = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan."))
                .when().post("/api/ppid/requests/" + request + "/objections")
                .then().statusCode(201).body("dueDate", equalTo("2026-11-27")).extract().path("id");

        runOn("2026-11-24"); // 3 working days left
        assertThat(count(objection, APPROACHING)).isZero();
        runOn("2026-11-25");
        runOn("2026-11-30");
        assertThat(count(objection, APPROACHING)).isEqualTo(1);
        assertThat(count(objection, BREACHED)).isEqualTo(1);
        assertThat(payload(objection, BREACHED)).contains("\"aggregateKind\": \"OBJECTION\"",
                "\"registrationNumber\": \"KEBERATAN/2026/");
    }

    private void racedOn(String day) throws Exception {
        clock.set(OffsetDateTime.parse(day + "T08:00:00+07:00"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<DeadlineWatch.Result>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> awaitThenRun(start), threads),
                    CompletableFuture.supplyAsync(() -> awaitThenRun(start), threads));
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private DeadlineWatch.Result awaitThenRun(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return watch.run();
    }

    private String receivedOnFirstOctober() {
        clock.set(OffsetDateTime.parse("2026-10-01T10:00:00+07:00"));
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).body("dueDate", equalTo("2026-10-15")).extract().path("id");
    }

    private void runOn(String day) {
        clock.set(OffsetDateTime.parse(day + "T08:00:00+07:00"));
        watch.run();
    }

    private long count(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregateid = ?1 and type = ?2")
                .setParameter(1, id).setParameter(2, type).getSingleResult()).longValue());
    }

    private String payload(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select payload::text from outbox_event where aggregateid = ?1 and type = ?2")
                .setParameter(1, id).setParameter(2, type).getSingleResult());
    }
}
