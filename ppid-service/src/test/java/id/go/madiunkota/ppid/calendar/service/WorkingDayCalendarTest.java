package id.go.madiunkota.ppid.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.ppid.CalendarDb;
import id.go.madiunkota.ppid.calendar.api.AddNonWorkingDay;
import id.go.madiunkota.ppid.calendar.entity.DayKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic on the real calendar data (the 2025 and 2026 seed in PostgreSQL), with cuti bersama
 * non-working as the office's default; {@link WorkingDayCalendarCutiBersamaTest} has the other setting. Tests that
 * change the calendar use July 2026, which no other test touches, and undo their change.
 */
@QuarkusTest
class WorkingDayCalendarTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CalendarService calendarService;

    @Inject
    NoticeProbe probe;

    @Inject
    DataSource dataSource;

    private CalendarDb db;

    @BeforeEach
    void setUp() {
        db = new CalendarDb(dataSource);
    }

    @Test
    void receivedFriday13March2026BeforeClosingIsDueMonday6April() {
        CalendarSnapshot snapshot = calendar.snapshot();
        LocalDate day0 = snapshot.receiptDay(jakarta("2026-03-13T10:00"));

        assertThat(day0).isEqualTo(date("2026-03-13"));
        // 18, 20, 23, 24 March cuti bersama, 19 Nyepi, 21-22 Idul Fitri, 3 April Wafat Yesus Kristus.
        assertThat(snapshot.addWorkingDays(day0, 10)).isEqualTo(date("2026-04-06"));
        assertThat(snapshot.workingDaysBetween(day0, date("2026-04-06"))).isEqualTo(10);
        assertThat(calendar.addWorkingDays(day0, 10)).isEqualTo(date("2026-04-06"));
    }

    @Test
    void receivedAtOrAfterClosingTimeCountsFromTheNextWorkingDay() {
        assertThat(calendar.receiptDay(jakarta("2026-03-12T16:05"))).isEqualTo(date("2026-03-13"));
        assertThat(calendar.receiptDay(jakarta("2026-03-12T16:00"))).isEqualTo(date("2026-03-13"));
        assertThat(calendar.receiptDay(jakarta("2026-03-12T15:59:59"))).isEqualTo(date("2026-03-12"));
        // Friday after closing: Monday. Tuesday 17 March after closing: past cuti bersama, Nyepi and Idul Fitri.
        assertThat(calendar.receiptDay(jakarta("2026-03-13T16:30"))).isEqualTo(date("2026-03-16"));
        assertThat(calendar.receiptDay(jakarta("2026-03-17T17:00"))).isEqualTo(date("2026-03-25"));
        // An instant late in the UTC evening is already the next morning in Jakarta.
        assertThat(calendar.receiptDay(Instant.parse("2026-03-12T23:30:00Z"))).isEqualTo(date("2026-03-13"));
    }

    @Test
    void receivedOnSaturdayCountsFromMonday() {
        assertThat(calendar.receiptDay(jakarta("2026-03-14T09:00"))).isEqualTo(date("2026-03-16"));
        assertThat(calendar.receiptDay(date("2026-03-14"))).isEqualTo(date("2026-03-16"));
        assertThat(calendar.receiptDay(date("2026-03-13"))).isEqualTo(date("2026-03-13"));
        assertThat(calendar.receiptDay(date("2026-03-19"))).isEqualTo(date("2026-03-25"));
    }

    @Test
    void idulFitri2025WithItsCutiBersama() {
        // 28 March cuti, 29 Nyepi (Saturday), 31 March and 1 April Idul Fitri, 2, 3, 4, 7 April cuti bersama.
        assertThat(calendar.addWorkingDays(date("2025-03-27"), 3)).isEqualTo(date("2025-04-10"));
        assertThat(calendar.receiptDay(jakarta("2025-03-31T08:00"))).isEqualTo(date("2025-04-08"));
        assertThat(calendar.receiptDay(jakarta("2025-03-27T16:01"))).isEqualTo(date("2025-04-08"));
        assertThat(calendar.isWorkingDay(date("2025-04-07"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2025-04-08"))).isTrue();
        assertThat(calendar.workingDaysBetween(date("2025-03-27"), date("2025-04-10"))).isEqualTo(3);
    }

    @Test
    void theAdHocDayOf18August2025IsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2025-08-18"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2025-08-15"), 1)).isEqualTo(date("2025-08-19"));
    }

    @Test
    void countingBackwardsAndByZero() {
        assertThat(calendar.addWorkingDays(date("2026-04-06"), -10)).isEqualTo(date("2026-03-13"));
        assertThat(calendar.workingDaysBetween(date("2026-04-06"), date("2026-03-13"))).isEqualTo(-10);
        assertThat(calendar.addWorkingDays(date("2026-03-19"), 0)).isEqualTo(date("2026-03-19"));
        assertThat(calendar.workingDaysBetween(date("2026-03-13"), date("2026-03-13"))).isZero();
    }

    @Test
    void anUnchangedCalendarIsServedFromMemory() {
        CalendarSnapshot first = calendar.snapshot();
        assertThat(calendar.snapshot()).isSameAs(first);
        assertThat(first.version()).isEqualTo(String.valueOf(db.version())).isEqualTo(calendar.version());
    }

    @Test
    void anAdHocDayInsideASpanMovesTheDateAndIsPublishedAndRemovingItMovesItBack() {
        LocalDate from = date("2026-07-01");
        LocalDate adHoc = date("2026-07-06");
        assertThat(calendar.addWorkingDays(from, 5)).isEqualTo(date("2026-07-08"));
        int before = db.version();
        try {
            calendarService.add(new AddNonWorkingDay(adHoc, DayKind.AD_HOC, "Libur tambahan uji", "Uji",
                    "Ditetapkan untuk pengujian"), "admin-test", "admin.uji");

            assertThat(calendar.addWorkingDays(from, 5)).isEqualTo(date("2026-07-09"));
            assertThat(calendar.version()).isEqualTo(String.valueOf(before + 1));
            assertThat(db.lastChangedEvent(adHoc)).containsAllEntriesOf(Map.of("aggregateid", "2026",
                    "aggregatetype", "Calendar", "change", "ADDED", "kind", "AD_HOC",
                    "calendarVersion", String.valueOf(before + 1), "reason", "Ditetapkan untuk pengujian"));
            assertThat(db.row("select change, changed_by, calendar_version, reason from calendar_change"
                    + " where date = ? order by changed_at desc limit 1", adHoc)).containsAllEntriesOf(Map.of(
                    "change", "ADDED", "changed_by", "admin-test", "calendar_version", String.valueOf(before + 1)));
            // The observer ran inside the transaction and already saw the day as non-working.
            assertThat(probe.about(adHoc)).last().satisfies(seen -> {
                assertThat(seen.notice()).isEqualTo(new CalendarChangedNotice(adHoc, "ADDED",
                        String.valueOf(before + 1)));
                assertThat(seen.workingDay()).isFalse();
                assertThat(seen.calendarVersion()).isEqualTo(String.valueOf(before + 1));
            });

            calendarService.remove(adHoc, "Dibatalkan", "admin-test", "admin.uji");

            assertThat(calendar.addWorkingDays(from, 5)).isEqualTo(date("2026-07-08"));
            assertThat(calendar.version()).isEqualTo(String.valueOf(before + 2));
            assertThat(db.lastChangedEvent(adHoc)).containsAllEntriesOf(Map.of("aggregateid", "2026",
                    "change", "REMOVED", "kind", "AD_HOC", "calendarVersion", String.valueOf(before + 2),
                    "reason", "Dibatalkan"));
            assertThat(db.changedEvents(adHoc)).isEqualTo(2);
            assertThat(db.auditRows(adHoc)).isEqualTo(2);
            assertThat(probe.about(adHoc)).last().satisfies(seen -> assertThat(seen.workingDay()).isTrue());
        } finally {
            if (db.stored(adHoc)) {
                calendarService.remove(adHoc, "cleanup", "admin-test", "admin.uji");
            }
        }
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsSeenOnTheNextComputation() {
        LocalDate friday = date("2026-07-17");
        LocalDate monday = date("2026-07-20");
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday);
        try {
            db.execute("insert into non_working_day (date, kind, name, added_by, added_at)"
                    + " values (?, 'LOCAL', 'Hari Jadi uji', 'other-instance', now())", monday);
            bumpVersionAsAnotherInstance();

            assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(date("2026-07-21"));
            assertThat(calendar.version()).isEqualTo(String.valueOf(db.version()));
        } finally {
            db.execute("delete from non_working_day where date = ?", monday);
            bumpVersionAsAnotherInstance();
        }
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday);
    }

    private void bumpVersionAsAnotherInstance() {
        db.execute("update calendar_version set version = version + 1, revision = gen_random_uuid(),"
                + " changed_at = now(), changed_by = 'other-instance' where id = 1");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Instant jakarta(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant();
    }
}
