package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.training.entity.Audience;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter rather than a 404. */
final class QueryParams {

    private QueryParams() {
    }

    /** A YYYY-MM-DD date, or {@code fallback} when absent. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw InvalidInputException.of(name, "query.required");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "query.date");
        }
    }

    /** An audience, or null when absent. */
    static Audience audience(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Audience.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("audience", "query.audience");
        }
    }

    /** Refuses a period that ends before it starts or spans more than {@code maxDays}. */
    static void period(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "query.to-before-from");
        }
        if (from.plusDays(maxDays).isBefore(to)) {
            throw InvalidInputException.of("to", "query.period-too-long");
        }
    }
}
