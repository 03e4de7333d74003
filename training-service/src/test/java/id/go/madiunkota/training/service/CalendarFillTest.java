package id.go.madiunkota.training.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.sun.net.httpserver.HttpServer;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.common.holiday.PredictedHoliday;
import id.go.madiunkota.events.ppid.CalendarChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Filling the empty calendar copy over HTTP from an endpoint that answers as ppid-service's public calendar does (a
 * small HTTP server in the test, since ppid-service itself is not running), and the readiness check around it.
 */
@QuarkusTest
class CalendarFillTest {

    /** Readiness, on the management interface. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;


    @Inject
    CalendarFill fill;

    @Inject
    CalendarCopyService copy;

    @Inject
    WorkingDays workingDays;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void anUnreachablePpidLeavesTheCopyMissingAndReadinessSaysSo() throws Exception {
        emptyCopy();
        assertThat(fill.fillIfMissing(URI.create("http://127.0.0.1:9"))).isFalse();
        given().when().get(readiness).then().statusCode(503)
                .body("checks.name", hasItem(CalendarHealthCheck.NAME))
                .body("checks.find { it.name == 'Calendar copy' }.data.calendarCopy", equalTo("MISSING"));
    }

    @Test
    void anEmptyCopyIsFilledFromPpidsPublicEndpoint() throws Exception {
        emptyCopy();
        clock.set(OffsetDateTime.of(2071, 2, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        List<String> asked = new ArrayList<>();
        HttpServer ppid = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ppid.createContext("/api/ppid/calendar/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            asked.add(exchange.getRequestURI().getPath() + "?" + query);
            String body;
            if (exchange.getRequestURI().getPath().endsWith("/working-days")) {
                body = "{\"from\":\"2071-02-02\",\"add\":0,\"date\":\"2071-02-02\",\"calendarVersion\":\"42\"}";
            } else if (query.contains("year=2071")) {
                body = "{\"items\":[{\"date\":\"2071-03-18\",\"kind\":\"NATIONAL_HOLIDAY\",\"name\":\"Nyepi\","
                        + "\"source\":null,\"addedBy\":\"seed\",\"addedAt\":\"2070-01-01T00:00:00Z\"},"
                        + "{\"date\":\"2071-03-19\",\"kind\":\"CUTI_BERSAMA\",\"name\":\"Cuti bersama\"}],"
                        + "\"page\":0,\"size\":366,\"total\":2,\"yearCalendar\":\"DECREED\"}";
            } else {
                body = "{\"items\":[{\"date\":\"2072-01-01\",\"kind\":\"NATIONAL_HOLIDAY\"}],\"page\":0,\"size\":366,"
                        + "\"total\":1,\"yearCalendar\":\"PROVISIONAL\"}";
            }
            send(exchange, body);
        });
        ppid.start();
        try {
            assertThat(fill.fillIfMissing(URI.create("http://127.0.0.1:" + ppid.getAddress().getPort()))).isTrue();
        } finally {
            ppid.stop(0);
        }
        assertThat(asked).anyMatch(a -> a.contains("year=2071")).anyMatch(a -> a.contains("year=2072"));
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.of(2071, 3, 18))).isFalse();
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.of(2071, 3, 19))).isFalse();
        assertThat(workingDays.isWorkingDay(java.time.LocalDate.of(2071, 3, 17))).isTrue();
        assertThat(copy.status(2071).calendarVersion()).isGreaterThanOrEqualTo(42);
        // 2071 runs on its decree: a predicted holiday the decree does not list is worked. 2072 runs on the prediction.
        assertThat(workingDays.provisional(2071)).isFalse();
        assertThat(workingDays.isWorkingDay(predictedWeekdayHoliday(2071))).isTrue();
        assertThat(workingDays.provisional(2072)).isTrue();
        assertThat(workingDays.isWorkingDay(predictedWeekdayHoliday(2072))).isFalse();
        given().when().get(readiness).then().statusCode(200)
                .body("checks.find { it.name == 'Calendar copy' }.data.calendarCopy", equalTo("PRESENT"));
        // Filled once: a second call does not ask ppid-service again.
        assertThat(fill.fillIfMissing(URI.create("http://127.0.0.1:9"))).isTrue();
    }

    @Test
    void aDecreeImportedInPpidMakesItsYearDecreedInTheCopy() {
        emptyCopyQuietly();
        LocalDate predicted = predictedWeekdayHoliday(2073);
        assertThat(workingDays.provisional(2073)).isTrue();
        assertThat(workingDays.isWorkingDay(predicted)).isFalse();
        LocalDate decreed = predicted.plusDays(1).getDayOfWeek().getValue() <= 5 ? predicted.plusDays(1)
                : predicted.minusDays(1);
        QuarkusTransaction.requiringNew().run(() -> copy.apply(new CalendarChanged("ADDED", decreed,
                "NATIONAL_HOLIDAY", "77", "SKB 3 Menteri 1/2072", "DECREED", "1/2072")));
        assertThat(workingDays.provisional(2073)).isFalse();
        assertThat(workingDays.isWorkingDay(predicted)).isTrue();
        assertThat(workingDays.isWorkingDay(decreed)).isFalse();
        // an older change of the year, arriving late, does not make it provisional again
        QuarkusTransaction.requiringNew().run(() -> copy.apply(new CalendarChanged("ADDED", predicted.plusDays(7),
                "AD_HOC", "76", "Libur tambahan", "PROVISIONAL", null)));
        assertThat(workingDays.provisional(2073)).isFalse();
    }

    private static LocalDate predictedWeekdayHoliday(int year) {
        return HolidayPredictor.instance().predict(year).stream().map(PredictedHoliday::date)
                .filter(day -> day.getDayOfWeek().getValue() <= 5 && !HolidayPredictor.isFixedHoliday(day))
                .findFirst().orElseThrow();
    }

    private void emptyCopyQuietly() {
        try {
            emptyCopy();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The copy as on a fresh installation: no days, never filled. */
    private void emptyCopy() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM calendar_day");
            statement.executeUpdate("DELETE FROM calendar_year");
            statement.executeUpdate("UPDATE calendar_copy SET filled_at = NULL, calendar_version = 0");
        }
    }
}
