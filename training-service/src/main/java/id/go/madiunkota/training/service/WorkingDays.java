package id.go.madiunkota.training.service;

import id.go.madiunkota.training.config.TrainingConfig;
import id.go.madiunkota.training.entity.CalendarDay;
import id.go.madiunkota.training.repository.CalendarDayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** Working days from the local copy of the calendar: Monday to Friday, except the non-working days the copy lists. */
@ApplicationScoped
public class WorkingDays {

    private static final String CUTI_BERSAMA = "CUTI_BERSAMA";

    private final CalendarDayRepository days;
    private final TrainingConfig config;

    public WorkingDays(CalendarDayRepository days, TrainingConfig config) {
        this.days = days;
        this.config = config;
    }

    /** Whether {@code date} is a working day by the local copy. */
    @Transactional
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        Optional<CalendarDay> day = days.findByIdOptional(date);
        if (day.isEmpty() || !day.get().nonWorking()) {
            return true;
        }
        // a joint leave day is worked only where the office decided so
        return CUTI_BERSAMA.equals(day.get().kind()) && !config.calendar().cutiBersamaNonWorking();
    }

    /** Whether the copy knows the non-working days of {@code year} at all. */
    @Transactional
    public boolean covers(int year) {
        return days.knownIn(year) > 0;
    }
}
