package id.go.madiunkota.ppid.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.ppid.CalendarDb;
import id.go.madiunkota.ppid.calendar.api.AddNonWorkingDay;
import id.go.madiunkota.ppid.calendar.entity.DayKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar changes made at the same time (as by two admins, or two instances) are applied one after the other, each
 * with its own version; and the past beyond two years stays as it is. Uses September 2026, which no other test touches.
 */
@QuarkusTest
class CalendarServiceTest {

    @Inject
    CalendarService calendarService;

    @Inject
    DataSource dataSource;

    private CalendarDb db;

    @BeforeEach
    void setUp() {
        db = new CalendarDb(dataSource);
    }

    @Test
    void simultaneousChangesGetConsecutiveVersions() throws Exception {
        List<LocalDate> days = List.of(LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-08"),
                LocalDate.parse("2026-09-09"));
        int before = db.version();
        try {
            List<Object> results = race(days.stream().<Callable<Object>>map(day -> () -> add(day)).toList());

            assertThat(results).allMatch(result -> !(result instanceof Throwable));
            assertThat(db.version()).isEqualTo(before + 3);
            assertThat(List.of(version(days.get(0)), version(days.get(1)), version(days.get(2))))
                    .containsExactlyInAnyOrder(before + 1, before + 2, before + 3);
        } finally {
            days.stream().filter(db::stored).forEach(day -> calendarService.remove(day, "cleanup", "test", "test"));
        }
    }

    @Test
    void ofTwoSimultaneousAddsOfOneDayOneWinsAndTheOtherIsAConflict() throws Exception {
        LocalDate day = LocalDate.parse("2026-09-14");
        int before = db.version();
        try {
            List<Object> results = race(List.of(() -> add(day), () -> add(day)));

            assertThat(results).filteredOn(result -> result instanceof DomainException)
                    .singleElement().satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409));
            assertThat(db.version()).isEqualTo(before + 1);
            assertThat(db.auditRows(day)).isEqualTo(1);
            assertThat(db.changedEvents(day)).isEqualTo(1);
        } finally {
            if (db.stored(day)) {
                calendarService.remove(day, "cleanup", "test", "test");
            }
        }
    }

    @Test
    void aDayMoreThanTwoYearsBackCannotBeRemoved() {
        LocalDate old = LocalDate.parse("2023-05-05");
        db.execute("insert into non_working_day (date, kind, name, added_by, added_at)"
                + " values (?, 'NATIONAL_HOLIDAY', 'Lama', 'test', now())", old);
        int before = db.version();
        try {
            assertThatThrownBy(() -> calendarService.remove(old, "uji", "test", "test"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.code()).isEqualTo("calendar-date-too-old");
                    });
            assertThat(db.stored(old)).isTrue();
            assertThat(db.version()).isEqualTo(before);
        } finally {
            db.execute("delete from non_working_day where date = ?", old);
        }
    }

    private Object add(LocalDate day) {
        return calendarService.add(new AddNonWorkingDay(day, DayKind.LOCAL, "Hari uji", null, "Uji bersamaan"),
                "test", "test");
    }

    private int version(LocalDate day) {
        return (int) db.count("select calendar_version from calendar_change where date = ? and change = 'ADDED'", day);
    }

    /** Runs the tasks at the same time; each result is the value returned or the exception thrown. */
    private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
