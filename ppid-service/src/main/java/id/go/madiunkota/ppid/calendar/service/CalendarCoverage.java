package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.ppid.calendar.repository.CalendarDecreeRepository;
import id.go.madiunkota.ppid.calendar.repository.CalendarVersionRepository;
import id.go.madiunkota.ppid.calendar.repository.NonWorkingDayRepository;
import id.go.madiunkota.ppid.config.PpidConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the calendar covers the years it must on a given day: the current year, and from the warning day the next.
 */
@ApplicationScoped
public class CalendarCoverage {

    /**
     * What the calendar covers on {@code today}.
     *
     * @param calendarVersion the version in force
     * @param year the current year
     * @param daysThisYear how many non-working days the current year has
     * @param daysNextYear how many the next year has
     * @param gaps what is missing, empty when nothing is
     * @param provisionalYears of the current year and the next, those without an entered decree
     */
    public record Report(String calendarVersion, int year, long daysThisYear, long daysNextYear, List<CalendarGap> gaps,
            List<Integer> provisionalYears) {
    }

    private final NonWorkingDayRepository days;
    private final CalendarVersionRepository versions;
    private final MonthDay warnFrom;
    private final CalendarDecreeRepository decrees;

    public CalendarCoverage(NonWorkingDayRepository days, CalendarVersionRepository versions, PpidConfig config,
            CalendarDecreeRepository decrees) {
        this.decrees = decrees;
        this.days = days;
        this.versions = versions;
        this.warnFrom = MonthDay.parse("--" + config.calendar().nextYearWarningFrom());
    }

    @Transactional
    public Report on(LocalDate today) {
        int year = today.getYear();
        long thisYear = days.countInYear(year);
        long nextYear = days.countInYear(year + 1);
        List<CalendarGap> gaps = new ArrayList<>();
        if (thisYear == 0) {
            gaps.add(new CalendarGap(year, CalendarGap.Kind.CURRENT_YEAR_EMPTY));
        }
        if (nextYear == 0 && !MonthDay.from(today).isBefore(warnFrom)) {
            gaps.add(new CalendarGap(year + 1, CalendarGap.Kind.NEXT_YEAR_MISSING));
        }
        List<Integer> provisional = java.util.stream.IntStream.of(year, year + 1)
                .filter(candidate -> decrees.findByIdOptional(candidate).isEmpty()).boxed().toList();
        return new Report(String.valueOf(versions.stamp().version()), year, thisYear, nextYear, List.copyOf(gaps),
                provisional);
    }
}
