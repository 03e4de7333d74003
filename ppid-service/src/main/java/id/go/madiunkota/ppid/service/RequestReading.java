package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.entity.InformationRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A request as read on {@code today}, with what its deadline means on that day: the values an answer shows beside the
 * stored ones ("due soon", "overdue", "provisional"), computed from what the calendar said when it was read.
 *
 * @param request the request
 * @param today the office day it is read on
 * @param workingDaysLeft working days from {@code today} to the due date; negative once overdue
 * @param calendarProvisional whether the deadline was counted over a year without an entered decree
 * @param zone the office's time zone
 */
public record RequestReading(InformationRequest request, LocalDate today, int workingDaysLeft,
        boolean calendarProvisional, ZoneId zone) {

    /** Working days left at which a request counts as due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    /** Still awaiting a decision after its due date. */
    public boolean overdue() {
        return request.overdueOn(today);
    }

    /** Still awaiting a decision, not overdue, and {@value #DUE_SOON_WORKING_DAYS} working days or fewer left. */
    public boolean dueSoon() {
        return request.status().awaitingDecision() && !overdue() && workingDaysLeft <= DUE_SOON_WORKING_DAYS;
    }

    /** The office day the information reached the applicant, or null. */
    public LocalDate deliveredOn() {
        Instant at = request.deliveredAt();
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }
}
