package id.go.madiunkota.training.service;

import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.training.entity.CalendarCopy;
import id.go.madiunkota.training.entity.CalendarDay;
import id.go.madiunkota.training.entity.CalendarYear;
import id.go.madiunkota.training.repository.CalendarDayRepository;
import id.go.madiunkota.training.repository.CalendarYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the local copy of ppid-service's non-working days: filled once from ppid-service's public endpoint, then
 * changed by {@code ppid.CalendarChanged} events; with them, whether each year runs on its decree or on the predicted
 * holidays (a decree import sends every day of the decree, each saying DECREED). Each day keeps the calendar version
 * of its last change, so a change that arrives late (an older version) does not undo a newer one.
 */
@ApplicationScoped
public class CalendarCopyService {

    private static final Logger LOG = Logger.getLogger(CalendarCopyService.class);
    /** ppid's word for a year whose decree is entered (ppid.CalendarChanged yearCalendar, page yearCalendar). */
    static final String DECREED = "DECREED";

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final Clock clock;

    public CalendarCopyService(CalendarDayRepository days, CalendarYearRepository years, Clock clock) {
        this.days = days;
        this.years = years;
        this.clock = clock;
    }

    /** Applies one change; returns whether it changed the copy (false for a change older than what is there). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CalendarChanged change) {
        int version = versionOf(change.calendarVersion());
        boolean nonWorking = "ADDED".equals(change.change());
        if (!nonWorking && !"REMOVED".equals(change.change())) {
            LOG.warnf("Calendar change %s of %s unknown; ignored", change.change(), change.date());
            return false;
        }
        CalendarCopy copy = days.lockCopy();
        boolean applied = put(change.date(), change.kind(), nonWorking, version, CalendarDay.Source.EVENT);
        if (change.yearCalendar() != null) {
            yearRunsOn(change.date().getYear(), DECREED.equals(change.yearCalendar()), version);
        }
        copy.reached(version, clock.instant());
        LOG.infof("Calendar version %d: %s %s %s", version, change.date(), change.change(),
                applied ? "applied" : "ignored (the copy has a newer change of that day)");
        return applied;
    }

    /**
     * Fills the copy with the days ppid-service lists, at {@code version}, and what each year runs on
     * ({@code decreedYears} are decreed, the other years of the days provisional); newer days already there stay.
     */
    @Transactional
    public int fill(List<PpidCalendarClient.Day> nonWorkingDays, Set<Integer> decreedYears,
            Set<Integer> provisionalYears,
            int version) {
        CalendarCopy copy = days.lockCopy();
        decreedYears.forEach(year -> yearRunsOn(year, true, version));
        provisionalYears.forEach(year -> yearRunsOn(year, false, version));
        int added = 0;
        for (PpidCalendarClient.Day day : nonWorkingDays) {
            if (put(day.date(), day.kind(), true, version, CalendarDay.Source.FILL)) {
                added++;
            }
        }
        copy.filled(version, clock.instant());
        return added;
    }

    /** Whether the copy was ever filled from ppid-service or changed by an event. */
    @Transactional
    public boolean present() {
        CalendarCopy copy = days.copy();
        return copy.filledAt() != null || days.count() > 0;
    }

    @Transactional
    public Status status(int year) {
        CalendarCopy copy = days.copy();
        return new Status(copy.calendarVersion(), copy.filledAt() != null, days.nonWorkingIn(year),
                days.nonWorkingIn(year + 1));
    }

    /** What readiness shows of the copy. */
    public record Status(int calendarVersion, boolean filled, long daysThisYear, long daysNextYear) {
    }

    private void yearRunsOn(int year, boolean decreed, int version) {
        Optional<CalendarYear> existing = years.findByIdOptional(year);
        if (existing.isPresent()) {
            existing.get().apply(decreed, version, clock.instant());
        } else {
            years.persist(new CalendarYear(year, decreed, version, clock.instant()));
        }
    }

    private boolean put(LocalDate date, String kind, boolean nonWorking, int version, CalendarDay.Source source) {
        Optional<CalendarDay> existing = days.findByIdOptional(date);
        if (existing.isPresent()) {
            return existing.get().apply(nonWorking, kind, version, clock.instant());
        }
        days.persist(new CalendarDay(date, kind == null ? "UNKNOWN" : kind, nonWorking, version, source,
                clock.instant()));
        return true;
    }

    /** ppid-service's calendar version, a whole number sent as text. */
    static int versionOf(String calendarVersion) {
        try {
            return Integer.parseInt(calendarVersion.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Calendar version is not a whole number: " + calendarVersion, e);
        }
    }
}
