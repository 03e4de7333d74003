package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.common.holiday.HolidayPredictor;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The non-working days the calendar holds without storing them: the holidays the law fixes, every year, and for a
 * year without an entered decree its predicted national holidays, which are provisional.
 *
 * @param decreedYears the years whose joint decree is entered; {@code null} for a calendar made up in a test, which
 *        holds exactly its stored days and nothing predicted
 */
public record PredictedDays(SortedSet<Integer> decreedYears) {

    /** Nothing beyond the stored days (a calendar made up for a test). */
    public static final PredictedDays NONE = new PredictedDays(null);

    public PredictedDays {
        decreedYears = decreedYears == null ? null : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
                decreedYears));
    }

    /** Whether {@code day} is a holiday by law or, in a year without a decree, by prediction. */
    public boolean nonWorking(LocalDate day) {
        if (decreedYears == null) {
            return false;
        }
        if (HolidayPredictor.isFixedHoliday(day)) {
            return true;
        }
        int year = day.getYear();
        return provisional(year) && HolidayPredictor.supports(year)
                && HolidayPredictor.instance().dates(year).contains(day);
    }

    /** Whether {@code year} runs on the prediction because its decree is not entered. */
    public boolean provisional(int year) {
        return decreedYears != null && !decreedYears.contains(year);
    }

    /** Whether any year from {@code from}'s to {@code to}'s runs on the prediction. */
    public boolean provisional(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(to) ? from : to;
        LocalDate last = from.isBefore(to) ? to : from;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (provisional(year)) {
                return true;
            }
        }
        return false;
    }
}
