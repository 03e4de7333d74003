package id.go.madiunkota.helpdesk.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import id.go.madiunkota.helpdesk.support.OutboxRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Agents acting on the same consultation or complaint at the same moment: one wins, the others get 409, never 500. */
@QuarkusTest
@TestSecurity(user = "agen.race", roles = "helpdesk-agent")
class ConcurrencyTest {

    private static final int AGENTS = 6;

    @Inject
    OutboxRows outbox;

    @Test
    void concurrentEscalationsGiveOneEscalationOneCallbackAndConflictsForTheRest() throws Exception {
        String id = Consultations.open();
        List<Integer> statuses = race(() -> Consultations.escalate(id).extract().statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(outbox.count(id, "helpdesk.ConsultationEscalated")).isEqualTo(1);
        given().when().get(Consultations.BASE + "/" + id).then().statusCode(200)
                .body("escalations.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void concurrentAnswersToAComplaintGiveOneAnswer() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Bodies.complaint()).when()
                .post("/api/helpdesk/complaints").then().statusCode(201).extract().path("id");
        List<Integer> statuses = race(() -> given().contentType(ContentType.JSON).body(Map.of("answer", "Jawaban"))
                .when().post("/api/helpdesk/complaints/" + id + "/response").then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(outbox.count(id, "helpdesk.ComplaintAnswered")).isEqualTo(1);
    }

    private static List<Integer> race(Supplier<Integer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
