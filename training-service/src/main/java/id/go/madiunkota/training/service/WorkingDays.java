package id.go.madiunkota.training.service;

import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.training.config.TrainingConfig;
import id.go.madiunkota.training.entity.CalendarDay;
import id.go.madiunkota.training.repository.CalendarDayRepository;
import id.go.madiunkota.training.repository.CalendarYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Working days from the local copy of the calendar: Monday to Friday, except the holidays the law fixes, the
 * non-working days the copy lists and, in a year whose decree the copy does not have, the predicted national holidays
 * (the same prediction as ppid-service's, from service-common): such a year is provisional.
 */
@ApplicationScoped
public class WorkingDays {

    private static final String CUTI_BERSAMA = "CUTI_BERSAMA";

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final TrainingConfig config;

    public WorkingDays(CalendarDayRepository days, CalendarYearRepository years, TrainingConfig config) {
        this.days = days;
        this.years = years;
        this.config = config;
    }

    /** Whether {@code date} is a working day by the local copy (and the prediction, in a provisional year). */
    @Transactional
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || HolidayPredictor.isFixedHoliday(date)) {
            return false;
        }
        Optional<CalendarDay> day = days.findByIdOptional(date);
        if (day.isPresent()) {
            // a joint leave day is worked only where the office decided so
            return !day.get().nonWorking()
                    || CUTI_BERSAMA.equals(day.get().kind()) && !config.calendar().cutiBersamaNonWorking();
        }
        return !provisional(date.getYear()) || !HolidayPredictor.instance().dates(date.getYear()).contains(date);
    }

    /** Whether {@code year} runs on the predicted holidays, its decree not being in the copy. */
    @Transactional
    public boolean provisional(int year) {
        return !years.decreed(year);
    }

    /** Whether sessions can be checked in {@code year}: its decree is in the copy, or its holidays can be predicted. */
    @Transactional
    public boolean covers(int year) {
        return HolidayPredictor.supports(year) || years.decreed(year);
    }
}
