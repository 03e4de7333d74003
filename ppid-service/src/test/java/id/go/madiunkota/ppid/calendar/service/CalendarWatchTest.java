package id.go.madiunkota.ppid.calendar.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.madiunkota.ppid.CalendarDb;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A missing calendar is reported: by the readiness check for as long as it lasts, by a {@code ppid.CalendarMissing}
 * event once per year and kind. Checked for years no other test gives days to (2040, 2041).
 */
@QuarkusTest
class CalendarWatchTest {

    /** Readiness, on the management interface. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;


    @Inject
    CalendarCoverage coverage;

    @Inject
    CalendarWatch watch;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void aYearWithDaysBeforeTheWarningDayHasNoGap() {
        assertThat(coverage.on(LocalDate.of(2026, 6, 1)).gaps()).isEmpty();
        assertThat(coverage.on(LocalDate.of(2026, 10, 31)).daysThisYear()).isEqualTo(25);
        // On 1 November 2025 the next year, 2026, is already there.
        assertThat(coverage.on(LocalDate.of(2025, 11, 1)).gaps()).isEmpty();
    }

    @Test
    void anEmptyYearAndFromTheWarningDayAMissingNextYearAreGaps() {
        assertThat(coverage.on(LocalDate.of(2040, 10, 31)).gaps())
                .containsExactly(new CalendarGap(2040, CalendarGap.Kind.CURRENT_YEAR_EMPTY));
        assertThat(coverage.on(LocalDate.of(2040, 11, 1)).gaps()).containsExactly(
                new CalendarGap(2040, CalendarGap.Kind.CURRENT_YEAR_EMPTY),
                new CalendarGap(2041, CalendarGap.Kind.NEXT_YEAR_MISSING));
        assertThat(new CalendarGap(2041, CalendarGap.Kind.NEXT_YEAR_MISSING).warning()).contains("2041");
    }

    @Test
    void eachGapIsPublishedOnceHoweverOftenTheWatchRuns() {
        CalendarDb db = new CalendarDb(dataSource);
        LocalDate day = LocalDate.of(2040, 11, 5);

        assertThat(watch.report(day)).containsExactly(
                new CalendarGap(2040, CalendarGap.Kind.CURRENT_YEAR_EMPTY),
                new CalendarGap(2041, CalendarGap.Kind.NEXT_YEAR_MISSING));
        assertThat(watch.report(day)).isEmpty();
        assertThat(watch.report(day.plusDays(1))).isEmpty();

        assertThat(db.count("select count(*) from outbox_event where type = 'ppid.CalendarMissing'"
                + " and aggregateid = '2041'")).isEqualTo(1);
        assertThat(db.row("select aggregatetype, payload->>'year' as year, payload->>'detectedOn' as detected,"
                + " payload->>'calendarVersion' as version from outbox_event where type = 'ppid.CalendarMissing'"
                + " and aggregateid = '2040'")).containsEntry("aggregatetype", "Calendar")
                .containsEntry("year", "2040").containsEntry("detected", "2040-11-05")
                .containsEntry("version", String.valueOf(db.version()));
        assertThat(db.count("select count(*) from calendar_alert where year in (2040, 2041)")).isEqualTo(2);
    }

    @Test
    void readinessStaysUpAndCarriesTheCalendarState() {
        LocalDate today = LocalDate.now(clock);
        CalendarCoverage.Report report = coverage.on(today);
        var check = given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Working-day calendar' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Working-day calendar' }.data.calendarVersion", notNullValue())
                .extract().jsonPath().getMap("checks.find { it.name == 'Working-day calendar' }.data");
        assertThat(check).containsEntry("nonWorkingDays" + today.getYear(), (int) report.daysThisYear());
        boolean nextYearMissing = report.gaps().stream()
                .anyMatch(gap -> gap.kind() == CalendarGap.Kind.NEXT_YEAR_MISSING);
        assertThat(check.containsKey("nextYearWarning")).isEqualTo(nextYearMissing);
        // the years of the two that run on predicted holidays, without going DOWN for them
        assertThat(check.get("provisionalYears")).isEqualTo(report.provisionalYears().isEmpty() ? null
                : String.join(",", report.provisionalYears().stream().map(String::valueOf).toList()));
    }
}
