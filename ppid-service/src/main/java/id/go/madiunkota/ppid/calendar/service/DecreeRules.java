package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.ppid.calendar.api.DecreeBody;
import id.go.madiunkota.common.problem.InvalidInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules across a decree's fields: every day in the decree's year, no day twice. */
final class DecreeRules {

    private DecreeRules() {
    }

    /** Throws one 400 naming every broken field. */
    static void check(DecreeBody body) {
        Map<String, String> invalid = new LinkedHashMap<>();
        Set<LocalDate> seen = new HashSet<>();
        checkDays("nationalHolidays", body.nationalHolidays(), body.year(), seen, invalid);
        checkDays("cutiBersama", body.cutiBersamaOrNone(), body.year(), seen, invalid);
        if (body.nationalHolidays().isEmpty()) {
            invalid.put("nationalHolidays", "decree.no-holidays");
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
    }

    private static void checkDays(String list, List<DecreeBody.Day> days, int year, Set<LocalDate> seen,
            Map<String, String> invalid) {
        for (int i = 0; i < days.size(); i++) {
            LocalDate date = days.get(i).date();
            if (date.getYear() != year) {
                invalid.put(list + "[" + i + "].date", "decree.date-outside-year");
            } else if (!seen.add(date)) {
                invalid.put(list + "[" + i + "].date", "decree.duplicate-date");
            }
        }
    }
}
