package id.go.madiunkota.common.web;

import id.go.madiunkota.common.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, as instants in the office's time zone: from the
 * start of {@code from} to the start of the day after {@code to}. A period that ends before it starts, or covers more
 * than a year, is invalid input on the field {@code to}.
 *
 * @param from the first day
 * @param to the last day
 * @param start the first instant of {@code from}
 * @param end the first instant after {@code to}
 */
public record ReportPeriod(LocalDate from, LocalDate to, Instant start, Instant end) {

    /** The longest period one report covers, in days. */
    public static final int MAX_DAYS = 366;

    /** The period from {@code from} to {@code to} in {@code zone}, checked. */
    public static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "report.range-order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "report.range-too-long");
        }
        return new ReportPeriod(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone)
                .toInstant());
    }
}
