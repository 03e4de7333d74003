package id.go.madiunkota.ppid.calendar.service;

/**
 * A year the calendar does not cover although it should: without its decree, the year runs on the predicted national
 * holidays alone (no cuti bersama), and its deadlines may move when the decree is entered.
 *
 * @param year the year without non-working days
 * @param kind which rule found it
 */
public record CalendarGap(int year, Kind kind) {

    /** Which rule found the gap. */
    public enum Kind {
        /** The current year has no non-working days at all. */
        CURRENT_YEAR_EMPTY,
        /** The next year has none, and it is on or after the configured warning day. */
        NEXT_YEAR_MISSING
    }

    /** What operations should read in the readiness check. */
    public String warning() {
        return switch (kind) {
            case CURRENT_YEAR_EMPTY -> "No non-working days are recorded for " + year
                    + ": it runs on the predicted national holidays only, provisionally, without cuti bersama. "
                    + "Enter the year's decree (SKB 3 Menteri).";
            case NEXT_YEAR_MISSING -> "No non-working days are recorded for " + year
                    + " yet: it will run on the predicted national holidays. Enter its decree (SKB 3 Menteri) "
                    + "before the year begins.";
        };
    }
}
