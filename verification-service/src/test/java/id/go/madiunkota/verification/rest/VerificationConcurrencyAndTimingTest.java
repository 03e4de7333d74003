package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.verification.support.Fixtures;
import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent starts for one provider, and each verification's time against the ~15-minute target. */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class VerificationConcurrencyAndTimingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void concurrentStartsForOneProviderGiveOneVerification() throws Exception {
        String providerId = Fixtures.registerProvider();
        int verifiers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(verifiers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < verifiers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().contentType(ContentType.JSON).body(Fixtures.start(providerId, "NIB-2021"))
                            .when().post(BASE + "/verifications").then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("providerId", providerId).when().get(BASE + "/verifications").then()
                .body("total", equalTo(1)).body("items[0].attempt", equalTo(1));
    }

    @Test
    void aVerificationOverFifteenMinutesMissesTheTarget() {
        clock.set(OffsetDateTime.parse("2026-03-16T09:00:00+07:00"));
        String slow = Fixtures.startVerification(Fixtures.registerProvider());
        String quick = Fixtures.startVerification(Fixtures.registerProvider());
        clock.set(OffsetDateTime.parse("2026-03-16T09:15:00+07:00"));
        Fixtures.checkAll(quick, NIB_ITEMS_CV);
        Fixtures.blacklist(quick, false);
        Fixtures.decide(quick, Map.of("outcome", "APPROVED")).statusCode(200)
                .body("durationSeconds", equalTo(900))
                .body("targetMinutes", equalTo(15))
                .body("withinTarget", equalTo(true));
        clock.set(OffsetDateTime.parse("2026-03-16T09:15:01+07:00"));
        Fixtures.decide(slow, Map.of("outcome", "REJECTED", "missing", List.of("NIB"))).statusCode(200)
                .body("durationSeconds", equalTo(901))
                .body("withinTarget", equalTo(false));
    }
}
