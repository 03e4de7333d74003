package id.go.madiunkota.ppid.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The arithmetic itself, on a calendar made up for the test (the real data is tested in WorkingDayCalendarTest). */
class CalendarSnapshotTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** Christmas Eve and Christmas 2030 (Tuesday and Wednesday), and New Year's Day 2031 (Wednesday). */
    private final CalendarSnapshot snapshot = new CalendarSnapshot(7, UUID.randomUUID(),
            new TreeSet<>(java.util.List.of(day("2030-12-24"), day("2030-12-25"), day("2031-01-01"))), JAKARTA,
            LocalTime.of(15, 30));

    @Test
    void countsAcrossTheYearEndPastWeekendsAndHolidays() {
        // Mon 23 Dec is day 0; 26, 27, 30, 31 Dec, then 2 Jan.
        assertThat(snapshot.addWorkingDays(day("2030-12-23"), 5)).isEqualTo(day("2031-01-02"));
        assertThat(snapshot.workingDaysBetween(day("2030-12-23"), day("2031-01-02"))).isEqualTo(5);
        assertThat(snapshot.workingDaysBetween(day("2031-01-02"), day("2030-12-23"))).isEqualTo(-5);
        assertThat(snapshot.addWorkingDays(day("2031-01-02"), -5)).isEqualTo(day("2030-12-23"));
    }

    @Test
    void theClosingTimeIsASetting() {
        assertThat(snapshot.receiptDay(at("2030-12-23T15:29:59"))).isEqualTo(day("2030-12-23"));
        assertThat(snapshot.receiptDay(at("2030-12-23T15:30:00"))).isEqualTo(day("2030-12-26"));
        assertThat(snapshot.receiptDay(at("2030-12-24T08:00:00"))).isEqualTo(day("2030-12-26"));
    }

    @Test
    void aDayWithoutDataIsAWorkingDayFromMondayToFriday() {
        assertThat(snapshot.isWorkingDay(day("2030-12-26"))).isTrue();
        assertThat(snapshot.isWorkingDay(day("2030-12-28"))).isFalse();
        assertThat(snapshot.isWorkingDay(day("2030-12-29"))).isFalse();
        assertThat(snapshot.receiptDay(day("2030-12-28"))).isEqualTo(day("2030-12-30"));
    }

    @Test
    void theVersionIsTheNumberAndTheDaysCannotBeChanged() {
        assertThat(snapshot.version()).isEqualTo("7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snapshot.nonWorkingDays().add(day("2030-12-26")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant();
    }
}
