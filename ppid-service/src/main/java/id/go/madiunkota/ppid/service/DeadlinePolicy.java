package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.calendar.service.WorkingDayCalendar;
import id.go.madiunkota.ppid.calendar.service.WorkingDays;
import id.go.madiunkota.common.standard.StandardService;
import id.go.madiunkota.ppid.config.PpidConfig;
import id.go.madiunkota.ppid.entity.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The response deadlines of UU 14/2008 Pasal 22: a written notice within 10 working days of receipt, once extendable
 * by 7 working days (the numbers are read from the service standard). The extension counts from the original due date
 * (the default) or from the day its notice is given, as {@code madiun.ppid.requests.extension-base} says.
 */
@ApplicationScoped
public class DeadlinePolicy {

    /** Target keys in the PPID service standard: working days for the written notice (Pasal 22 ayat (7)). */
    public static final String RESPONSE_DAYS = "responseWorkingDays";
    /** Working days an extension adds (Pasal 22 ayat (8)). */
    public static final String EXTENSION_DAYS = "extensionWorkingDays";
    /** Working days to file an objection after its ground arose (Pasal 35). */
    public static final String OBJECTION_FILING_DAYS = "objectionFilingWorkingDays";
    /** Working days the superior has to answer an objection (Pasal 36). */
    public static final String OBJECTION_DECISION_DAYS = "objectionDecisionWorkingDays";
    /** Working days to file a dispute with the Komisi Informasi after the superior's answer (Pasal 37). */
    public static final String DISPUTE_FILING_DAYS = "disputeFilingWorkingDays";

    private final WorkingDayCalendar calendar;
    private final StandardService standard;
    private final PpidConfig config;

    public DeadlinePolicy(WorkingDayCalendar calendar, StandardService standard, PpidConfig config) {
        this.calendar = calendar;
        this.standard = standard;
        this.config = config;
    }

    /** The deadline of a request received at {@code receivedAt}. */
    public Deadline forReceipt(Instant receivedAt) {
        WorkingDays workingDays = calendar.snapshot(); // one calendar version for the whole computation
        LocalDate day0 = workingDays.receiptDay(receivedAt);
        return new Deadline(receivedAt, day0, workingDays.addWorkingDays(day0, standard.target(RESPONSE_DAYS)),
                workingDays.version());
    }

    /**
     * The due date after an extension given on {@code noticeDay}. An extension never shortens the time: counted from
     * an early notice day it could fall before the first due date, and then the first due date stands.
     */
    public LocalDate extendedDueDate(Deadline deadline, LocalDate noticeDay) {
        WorkingDays workingDays = calendar.snapshot();
        int extension = standard.target(EXTENSION_DAYS);
        LocalDate firstDue = workingDays.addWorkingDays(deadline.receivedOn(), standard.target(RESPONSE_DAYS));
        LocalDate base = switch (config.requests().extensionBase()) {
            case NOTICE_DAY -> workingDays.receiptDay(noticeDay);
            case ORIGINAL_DUE_DATE -> firstDue;
        };
        LocalDate extended = workingDays.addWorkingDays(base, extension);
        return extended.isBefore(firstDue) ? firstDue : extended;
    }

    /** The due date on today's calendar, for a deadline computed on an older one. */
    public LocalDate recomputedDueDate(Deadline deadline) {
        return deadline.extended() ? extendedDueDate(deadline, deadline.extendedOn())
                : calendar.snapshot().addWorkingDays(deadline.receivedOn(), standard.target(RESPONSE_DAYS));
    }

    /** {@code from} plus the number of working days the service standard sets under {@code targetKey}. */
    public LocalDate plusTarget(LocalDate from, String targetKey) {
        return calendar.snapshot().addWorkingDays(from, standard.target(targetKey));
    }

    /**
     * The last day to take a dispute to the Komisi Informasi when the superior stays silent: the 14 working days
     * (target {@code disputeFilingWorkingDays}) that follow the superior's due date {@code superiorDueDate}.
     */
    public LocalDate silenceDisputeDueDate(LocalDate superiorDueDate) {
        return plusTarget(superiorDueDate, DISPUTE_FILING_DAYS);
    }

    /** Working days left until {@code dueDate}, counted from {@code today}; negative once overdue. */
    public int workingDaysLeft(LocalDate dueDate, LocalDate today) {
        return calendar.workingDaysBetween(today, dueDate);
    }

    /** Whether counting from {@code from} to {@code to} went over a year without an entered decree. */
    public boolean provisional(LocalDate from, LocalDate to) {
        return calendar.snapshot().provisional(from, to);
    }

    public String calendarVersion() {
        return calendar.version();
    }
}
