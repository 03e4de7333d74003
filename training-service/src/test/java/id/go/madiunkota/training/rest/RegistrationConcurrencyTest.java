package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Many registrations at once for the last places: the session's row lock keeps them within its capacity. */
@QuarkusTest
class RegistrationConcurrencyTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    private static final int CAPACITY = 5;
    private static final int CALLERS = 24;

    @Inject
    CalendarCopyService calendar;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void parallelRegistrationsNeverExceedTheCapacity() throws Exception {
        TrainingFixtures.seedCalendar(calendar, YEAR);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, CAPACITY));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            IntStream.range(0, CALLERS).forEach(i -> calls.add(() -> {
                start.await();
                // registrations, all at the same moment
                return given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Peserta " + i))
                        .when().post("/api/training/sessions/" + session + "/registrations")
                        .then().statusCode(201).extract().path("status");
            }));
            List<Future<String>> answers = new ArrayList<>();
            calls.forEach(call -> answers.add(pool.submit(call)));
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(CAPACITY);
            assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(CALLERS - CAPACITY);
        } finally {
            pool.shutdownNow();
        }
        List<Integer> positions = given().queryParam("status", "WAITLISTED").queryParam("size", 100)
                .when().get("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(200).extract().path("items.waitlistPosition");
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, CALLERS - CAPACITY).boxed().toList());
        given().when().get("/api/training/sessions/" + session).then().statusCode(200)
                .body("placesLeft", org.hamcrest.Matchers.equalTo(0))
                .body("waitlisted", org.hamcrest.Matchers.equalTo(CALLERS - CAPACITY));
        assertThat(placesTakenInDatabase(session)).isEqualTo(CAPACITY);
    }

    private long placesTakenInDatabase(String session) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM registration WHERE session_id = ?"
                        + " AND status IN ('CONFIRMED', 'PENDING_DECREE')")) {
            statement.setObject(1, java.util.UUID.fromString(session));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

}
