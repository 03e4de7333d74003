package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.ppid.calendar.entity.CalendarDecree;

/**
 * What entering a decree did.
 *
 * @param decree the decree as entered
 * @param changed whether the import changed the calendar (false: the same decree again, nothing changed)
 * @param daysAdded days made non-working, or changed in kind or name
 * @param daysRemoved days that were non-working (predicted, or by an earlier decree) and are not any more
 */
public record DecreeImport(CalendarDecree decree, boolean changed, int daysAdded, int daysRemoved) {
}
