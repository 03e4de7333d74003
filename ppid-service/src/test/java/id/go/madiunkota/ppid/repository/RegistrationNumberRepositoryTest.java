package id.go.madiunkota.ppid.repository;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link RegistrationNumberRepository} promises: unique and gap-free per year, with 50 intakes at the same moment
 * against
 * the real PostgreSQL, and with a registration that fails after it has taken its number (the number is given back).
 */
@QuarkusTest
class RegistrationNumberRepositoryTest {

    private static final int INTAKES = 50;
    private static final String YEAR_PREFIX = "PPID/2026/";

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
    void fiftyConcurrentIntakesGetFiftyDistinctNumbersWithoutAGap() throws Exception {
        clock.set(OffsetDateTime.parse("2026-05-11T09:00:00+07:00"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(INTAKES);
        List<String> numbers = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < INTAKES; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(personRequest())
                            .when().post("/api/ppid/requests")
                            .then().statusCode(201).extract().<String>path("registrationNumber");
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                numbers.add(answer.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).hasSize(INTAKES).doesNotHaveDuplicates().allMatch(n -> n.startsWith(YEAR_PREFIX));
        List<Integer> sequence = numbers.stream().map(RegistrationNumberRepositoryTest::sequenceOf).sorted().toList();
        int first = sequence.getFirst();
        assertThat(sequence).as("one run of consecutive numbers")
                .containsExactlyElementsOf(IntStream.range(first, first + INTAKES).boxed().toList());
        assertThat(storedSequence()).as("every number of the year, from 1, none missing")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, storedSequence().size()).boxed().toList());
    }

    @Test
    void aRegistrationThatFailsAfterTakingItsNumberGivesTheNumberBack() {
        clock.set(OffsetDateTime.parse("2026-05-12T09:00:00+07:00"));
        AtomicReference<String> taken = new AtomicReference<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            InformationRequest request = requests.submitted(Requests.ANONYMOUS);
            entityManager.flush(); // the request row is written: the failure comes after numbering and storing
            taken.set(request.registrationNumber());
            throw new IllegalStateException("fails after numbering");
        })).hasMessageContaining("fails after numbering");
        assertThat(taken.get()).startsWith(YEAR_PREFIX);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(r) from InformationRequest r where r.registrationNumber = :n", Long.class)
                .setParameter("n", taken.get()).getSingleResult())).as("nothing of the failed one is stored")
                .isZero();

        String next = QuarkusTransaction.requiringNew().call(
                () -> requests.submitted(Requests.ANONYMOUS).registrationNumber());
        assertThat(next).as("the next registration gets the number given back").isEqualTo(taken.get());
        assertThat(storedSequence())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, storedSequence().size()).boxed().toList());
    }

    /** The sequence parts of all stored numbers of 2026, in order. */
    private List<Integer> storedSequence() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select r.registrationNumber from InformationRequest r where r.registrationNumber like :prefix",
                String.class).setParameter("prefix", YEAR_PREFIX + "%").getResultList())
                .stream().map(RegistrationNumberRepositoryTest::sequenceOf).sorted().toList();
    }

    private static int sequenceOf(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(registrationNumber.lastIndexOf('/') + 1));
    }
}
