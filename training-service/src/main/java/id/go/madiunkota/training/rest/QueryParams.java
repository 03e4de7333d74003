package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.input.DateRules;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.training.entity.Audience;
import java.time.LocalDate;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter rather than a 404. */
final class QueryParams {

    private QueryParams() {
    }

    /** A YYYY-MM-DD date from 1900 to 2200 (the shared {@link DateRules}), or {@code fallback} when absent. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw InvalidInputException.of(name, "query.required");
            }
            return fallback;
        }
        return DateRules.parameter(name, value);
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
