package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.common.config.ServiceConfig;
import id.go.madiunkota.ppid.calendar.service.PredictedDays;
import id.go.madiunkota.ppid.config.PpidConfig;
import id.go.madiunkota.ppid.calendar.entity.DayKind;
import id.go.madiunkota.ppid.calendar.repository.CalendarVersionRepository;
import id.go.madiunkota.ppid.calendar.repository.NonWorkingDayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The office's working-day calendar, read from the database and cached in memory per calendar revision.
 *
 * <p>Every call asks the database for the current revision (one primary-key lookup) and uses the cached days when it
 * matches; otherwise it reloads the whole calendar in one statement. So a change committed by another instance is
 * seen on the next call, and a change made earlier in the caller's own transaction (the recomputation after
 * {@link CalendarChangedNotice}) is seen too. For a computation of several steps, take one {@link #snapshot()} and
 * use it throughout: one query in all, and one version for every step.
 */
@ApplicationScoped
@Transactional
public class WorkingDayCalendar implements WorkingDays {

    private final CalendarVersionRepository versions;
    private final NonWorkingDayRepository days;
    private final PpidConfig config;
    private final ServiceConfig service;
    // Immutable snapshots, replaced whole: safe to share between threads without locking.
    private final AtomicReference<CalendarSnapshot> cached = new AtomicReference<>();

    public WorkingDayCalendar(CalendarVersionRepository versions, NonWorkingDayRepository days, PpidConfig config,
            ServiceConfig service) {
        this.versions = versions;
        this.days = days;
        this.config = config;
        this.service = service;
    }

    /** The calendar as it is now in the database (as the caller's transaction sees it). */
    public CalendarSnapshot snapshot() {
        CalendarVersionRepository.Stamp stamp = versions.stamp();
        CalendarSnapshot current = cached.get();
        if (current != null && current.revision().equals(stamp.revision())) {
            return current;
        }
        CalendarSnapshot loaded = load();
        cached.set(loaded);
        return loaded;
    }

    @Override
    public LocalDate receiptDay(Instant receivedAt) {
        return snapshot().receiptDay(receivedAt);
    }

    @Override
    public LocalDate receiptDay(LocalDate day) {
        return snapshot().receiptDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return snapshot().addWorkingDays(from, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    @Override
    public String version() {
        return String.valueOf(versions.stamp().version());
    }

    private CalendarSnapshot load() {
        NonWorkingDayRepository.Snapshot data = days.snapshot();
        boolean cutiBersamaOff = config.calendar().cutiBersamaNonWorking();
        TreeSet<LocalDate> nonWorking = new TreeSet<>();
        for (NonWorkingDayRepository.Day day : data.days()) {
            if (day.kind() != DayKind.CUTI_BERSAMA || cutiBersamaOff) {
                nonWorking.add(day.date());
            }
        }
        return new CalendarSnapshot(data.version(), data.revision(), nonWorking, service.zone(),
                config.calendar().officeClosingTime(), new PredictedDays(new TreeSet<>(data.decreedYears())));
    }
}
