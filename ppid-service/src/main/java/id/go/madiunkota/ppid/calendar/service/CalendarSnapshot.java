package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.ppid.calendar.service.PredictedDays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The working-day calendar at one version, held in memory and never changed: a computation that makes several steps
 * (receipt day, then due date) on one snapshot sees one version throughout and stores exactly that version.
 * Obtain one from {@link WorkingDayCalendar#snapshot()}.
 *
 * @param number the calendar version
 * @param revision what makes this version's content unique (see {@code calendar_version.revision})
 * @param nonWorkingDays the weekdays and weekend days that are not working days under the current settings
 * @param zone the office's time zone
 * @param officeClosingTime from this time on, something received counts as received on the next working day
 * @param predicted the days not stored: fixed by law, and predicted for the years without a decree (provisional)
 */
public record CalendarSnapshot(int number, UUID revision, NavigableSet<LocalDate> nonWorkingDays, ZoneId zone,
        LocalTime officeClosingTime, PredictedDays predicted) implements WorkingDays {

    public CalendarSnapshot {
        Objects.requireNonNull(revision, "revision");
        nonWorkingDays = Collections.unmodifiableNavigableSet(new TreeSet<>(nonWorkingDays));
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(officeClosingTime, "officeClosingTime");
        Objects.requireNonNull(predicted, "predicted");
    }

    /** A calendar of exactly the days given, nothing predicted (made up for a test). */
    public CalendarSnapshot(int number, UUID revision, NavigableSet<LocalDate> nonWorkingDays, ZoneId zone,
            LocalTime officeClosingTime) {
        this(number, revision, nonWorkingDays, zone, officeClosingTime, PredictedDays.NONE);
    }

    /**
     * Whether a count from {@code from} to {@code to} went over a year without a decree: its holidays are predicted
     * and its cuti bersama unknown, so the result may move once the decree is entered.
     */
    public boolean provisional(LocalDate from, LocalDate to) {
        return predicted.provisional(from, to);
    }

    @Override
    public LocalDate receiptDay(Instant receivedAt) {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone);
        LocalDate day = local.toLocalDate();
        return isWorkingDay(day) && local.toLocalTime().isBefore(officeClosingTime) ? day : addWorkingDays(day, 1);
    }

    @Override
    public LocalDate receiptDay(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    /** Steps forward (or, for a negative count, backward) one working day at a time; {@code from} is day 0. */
    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        int step = workingDays < 0 ? -1 : 1;
        LocalDate day = from;
        for (int left = Math.abs(workingDays); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !nonWorkingDays.contains(day)
                && !predicted.nonWorking(day);
    }

    @Override
    public String version() {
        return String.valueOf(number);
    }
}
