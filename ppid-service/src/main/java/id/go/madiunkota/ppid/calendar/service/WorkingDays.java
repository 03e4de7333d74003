package id.go.madiunkota.ppid.calendar.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Working-day arithmetic on the office's calendar (Asia/Jakarta): Monday to Friday that is not a national holiday, not
 * a cuti bersama day (when the setting says they are non-working), and not an ad-hoc or local non-working day.
 * Every statutory deadline is computed here, and carries the {@link #version()} it was computed with.
 */
public interface WorkingDays {

    /**
     * Day 0 of a deadline for something received at {@code receivedAt}: that day when it is a working day and the
     * time is before office closing; otherwise the next working day.
     */
    LocalDate receiptDay(Instant receivedAt);

    /**
     * Day 0 for something received on {@code day} during office hours: that day if working, else the next working day.
     */
    LocalDate receiptDay(LocalDate day);

    /** The day {@code workingDays} working days after {@code from} ({@code from} itself is day 0). */
    LocalDate addWorkingDays(LocalDate from, int workingDays);

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Whether {@code day} is a working day. */
    boolean isWorkingDay(LocalDate day);

    /** The calendar version in force, stored with every deadline computed from it. */
    String version();
}
