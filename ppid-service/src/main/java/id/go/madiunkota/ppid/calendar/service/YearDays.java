package id.go.madiunkota.ppid.calendar.service;

import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.calendar.entity.NonWorkingDay;

/**
 * One page of a year's non-working days and whether the year runs on its entered decree.
 *
 * @param days the page of days, in date order
 * @param yearCalendar DECREED when the year's decree is entered, PROVISIONAL when it runs on predicted holidays
 */
public record YearDays(PageView<NonWorkingDay> days, String yearCalendar) {
}
