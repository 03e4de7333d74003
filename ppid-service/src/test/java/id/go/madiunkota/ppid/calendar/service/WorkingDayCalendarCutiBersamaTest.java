package id.go.madiunkota.ppid.calendar.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same real calendar data with the setting that cuti bersama days are working days. */
@QuarkusTest
@TestProfile(WorkingDayCalendarCutiBersamaTest.CutiBersamaIsWorking.class)
class WorkingDayCalendarCutiBersamaTest {

    /** {@code madiun.ppid.calendar.cuti-bersama-non-working=false}. */
    public static class CutiBersamaIsWorking implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.ppid.calendar.cuti-bersama-non-working", "false");
        }
    }

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void receivedFriday13March2026IsDueMonday30March() {
        // Only Nyepi (19 March) and Idul Fitri (21-22 March, a weekend) are holidays in the span.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-13"), 10)).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-18"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-19"))).isFalse();
    }

    @Test
    void idulFitri2025WithoutItsCutiBersama() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-03-27"), 3)).isEqualTo(LocalDate.parse("2025-04-03"));
        assertThat(calendar.receiptDay(LocalDate.parse("2025-03-31"))).isEqualTo(LocalDate.parse("2025-04-02"));
    }

    @Test
    void theEndpointCountsWithTheSetting() {
        given().basePath("/api/ppid").queryParam("from", "2026-03-13").queryParam("add", 10)
                .when().get("calendar/working-days")
                .then().statusCode(200)
                .body("date", equalTo("2026-03-30"));
    }
}
