package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Officers acting on the same request at the same moment: one wins, the others get a 409, never a 500. */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class RequestConcurrencyTest {

    private static final int OFFICERS = 8;

    @Inject
    Requests requests;

    @Test
    void concurrentDecisionsOnOneRequestGiveOneDecisionAndConflictsForTheRest() throws Exception {
        String id = requests.submitted(Requests.ANONYMOUS).id().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < OFFICERS; i++) {
                calls.add(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_HELD", "heldBy",
                            "BPKAD Kota Madiun"))
                            .when().post("/api/ppid/requests/" + id + "/decision").then().extract().statusCode();
                });
            }
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
