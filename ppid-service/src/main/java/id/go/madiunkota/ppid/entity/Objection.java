package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An objection (keberatan) to the PPID's superior about the handling of a request (UU 14/2008 Pasal 35–36), decided
 * within 30 working days, and the dispute (sengketa) the applicant may then file with the Komisi Informasi within 14
 * working days (Pasal 37) of the superior's answer, or of the superior's silence once the 30 working days have passed;
 * then the commission's outcome. Every move is a method that refuses what the flow does not allow.
 */
@Entity
@Table(name = "objection")
public class Objection {

    /** How an objection was filed: by the owning citizen, by the holder of the tracking code, or by an officer. */
    public enum FiledVia { OWNER, TRACKING_CODE, OFFICER }

    @Id
    private UUID id;
    @Column(name = "registration_number", nullable = false, updatable = false)
    private String registrationNumber;
    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectionStatus status;
    @Convert(converter = ObjectionGroundsConverter.class)
    @Column(nullable = false, updatable = false)
    private Set<ObjectionGround> grounds;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;
    @Column(name = "filed_by", updatable = false)
    private String filedBy;
    @Column(name = "filed_by_name", updatable = false)
    private String filedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "filed_via", nullable = false, updatable = false)
    private FiledVia filedVia;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "calendar_version", nullable = false)
    private String calendarVersion;
    @Enumerated(EnumType.STRING)
    private ObjectionOutcome outcome;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "dispute_due_date")
    private LocalDate disputeDueDate;
    @Embedded
    private Dispute dispute;
    @Column(name = "silence_dispute_due_date")
    private LocalDate silenceDisputeDueDate;
    @Column(nullable = false)
    private String language = "id";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Objection() {
    }

    /**
     * A newly filed objection, due {@code dueDate} (30 working days after {@code filedOn}); should the superior stay
     * silent, a dispute may be filed until {@code silenceDisputeDueDate} (14 working days after {@code dueDate}).
     */
    public static Objection file(String registrationNumber, UUID requestId, Set<ObjectionGround> grounds, String reason,
            LocalDate filedOn, Actor filedBy, FiledVia via, LocalDate dueDate, LocalDate silenceDisputeDueDate,
            String calendarVersion, Instant now) {
        Objection objection = new Objection();
        objection.id = UUID.randomUUID();
        objection.registrationNumber = registrationNumber;
        objection.requestId = requestId;
        objection.status = ObjectionStatus.FILED;
        objection.grounds = EnumSet.copyOf(grounds);
        objection.reason = reason;
        objection.filedOn = filedOn;
        objection.filedBy = filedBy == null ? null : filedBy.subject();
        objection.filedByName = filedBy == null ? null : filedBy.name();
        objection.filedVia = via;
        objection.dueDate = dueDate;
        objection.silenceDisputeDueDate = silenceDisputeDueDate;
        objection.calendarVersion = calendarVersion;
        objection.updatedAt = now;
        return objection;
    }

    /** The superior's decision; the dispute window of 14 working days starts from it. */
    public void decide(ObjectionOutcome outcome, String reason, LocalDate today, Actor decidedBy,
            LocalDate disputeDueDate, Instant now) {
        require(status == ObjectionStatus.FILED, ObjectionAction.DECIDE);
        this.outcome = outcome;
        this.decisionReason = reason;
        this.decidedOn = today;
        this.decidedBy = decidedBy.subject();
        this.decidedByName = decidedBy.name();
        this.disputeDueDate = disputeDueDate;
        moveTo(ObjectionStatus.DECIDED, now);
    }

    /** The applicant accepts the superior's answer. */
    public void accept(Instant now) {
        require(status == ObjectionStatus.DECIDED, ObjectionAction.ACCEPT);
        moveTo(ObjectionStatus.ACCEPTED, now);
    }

    /** The applicant filed a dispute with the Komisi Informasi on {@code filedOn}, within the window. */
    public void escalate(String caseNumber, LocalDate filedOn, Instant now) {
        require(status == ObjectionStatus.DECIDED, ObjectionAction.FILE_DISPUTE);
        if (filedOn.isBefore(decidedOn) || filedOn.isAfter(disputeDueDate)) {
            throw DomainException.unprocessable("objection.dispute-window", decidedOn, disputeDueDate);
        }
        this.dispute = Dispute.filed(caseNumber, filedOn);
        moveTo(ObjectionStatus.ESCALATED, now);
    }

    /**
     * The superior stayed silent past {@link #dueDate()}: the applicant filed a dispute with the Komisi Informasi on
     * {@code filedOn}, within the 14 working days that follow the lapse (until {@code windowEnd}).
     */
    public void escalateOnSilence(String caseNumber, LocalDate filedOn, LocalDate today, LocalDate windowEnd,
            Instant now) {
        require(status == ObjectionStatus.FILED, ObjectionAction.FILE_DISPUTE);
        if (!today.isAfter(dueDate)) {
            throw DomainException.unprocessable("objection.superior-still-deciding", dueDate);
        }
        if (!filedOn.isAfter(dueDate) || filedOn.isAfter(windowEnd)) {
            throw DomainException.unprocessable("objection.silence-dispute-window", dueDate, windowEnd);
        }
        this.silenceDisputeDueDate = windowEnd;
        this.dispute = Dispute.filed(caseNumber, filedOn);
        moveTo(ObjectionStatus.ESCALATED, now);
    }

    /** The Komisi Informasi settled the dispute on {@code on}: by mediation agreement or adjudication decision. */
    public void recordDisputeOutcome(DisputeOutcome outcome, LocalDate on, String caseNumber, Instant now) {
        require(status == ObjectionStatus.ESCALATED, ObjectionAction.RECORD_DISPUTE_OUTCOME);
        dispute = dispute().settled(outcome, on, caseNumber);
        updatedAt = now;
    }

    /**
     * The end of the dispute window after the superior's silence, computed again on a changed calendar; only while
     * the superior has not answered. Returns whether it moved.
     */
    public boolean recomputeSilenceDisputeDueDate(LocalDate windowEnd, Instant now) {
        if (status != ObjectionStatus.FILED || windowEnd.equals(silenceDisputeDueDate)) {
            return false;
        }
        silenceDisputeDueDate = windowEnd;
        updatedAt = now;
        return true;
    }

    /**
     * The superior's due date counted again on a changed calendar, while the objection waits for a decision; returns
     * whether it moved.
     */
    public boolean recomputeDueDate(LocalDate newDueDate, String version, Instant now) {
        if (status != ObjectionStatus.FILED || newDueDate.equals(dueDate)) {
            return false;
        }
        dueDate = newDueDate;
        calendarVersion = version;
        updatedAt = now;
        return true;
    }

    /**
     * The end of the dispute window counted again on a changed calendar, while the applicant may still file; returns
     * whether it moved.
     */
    public boolean recomputeDisputeDueDate(LocalDate newDueDate, String version, Instant now) {
        if (status != ObjectionStatus.DECIDED || newDueDate.equals(disputeDueDate)) {
            return false;
        }
        disputeDueDate = newDueDate;
        calendarVersion = version;
        updatedAt = now;
        return true;
    }

    private void require(boolean allowed, ObjectionAction action) {
        if (!allowed) {
            throw new DomainException(409, "invalid-transition", status, action);
        }
    }

    private void moveTo(ObjectionStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Written to in {@code language} ({@code id} or {@code en}), the submission's language. */
    public Objection writtenIn(String language) {
        this.language = "en".equals(language) ? "en" : "id";
        return this;
    }

    /** The language mails about it are written in: {@code id} or {@code en}. */
    public String language() { return language; }
    public UUID id() { return id; }
    public String registrationNumber() { return registrationNumber; }
    public UUID requestId() { return requestId; }
    public ObjectionStatus status() { return status; }
    public Set<ObjectionGround> grounds() { return EnumSet.copyOf(grounds); }
    public String reason() { return reason; }
    public LocalDate filedOn() { return filedOn; }
    public FiledVia filedVia() { return filedVia; }
    public LocalDate dueDate() { return dueDate; }
    public String calendarVersion() { return calendarVersion; }
    public ObjectionOutcome outcome() { return outcome; }
    public String decisionReason() { return decisionReason; }
    public LocalDate decidedOn() { return decidedOn; }
    /** The superior who decided, by display name (the subject on decisions older than the name), or null. */
    public String decidedByName() { return decidedByName != null ? decidedByName : decidedBy; }
    public LocalDate disputeDueDate() { return disputeDueDate; }
    /** The dispute with the Komisi Informasi; empty (all null) until one is filed. */
    public Dispute dispute() { return dispute == null ? new Dispute() : dispute; }
    public String commissionCaseNumber() { return dispute().commissionCaseNumber(); }
    public LocalDate disputeFiledOn() { return dispute().filedOn(); }
    /** The last day to take the dispute to the Komisi Informasi should the superior stay silent (null on old rows). */
    public LocalDate silenceDisputeDueDate() { return silenceDisputeDueDate; }
    /** The window after a silence, shown only while the superior has not answered. */
    public LocalDate openSilenceDisputeDueDate() {
        return status == ObjectionStatus.FILED ? silenceDisputeDueDate : null;
    }
    public DisputeOutcome disputeOutcome() { return dispute().outcome(); }
    public LocalDate disputeOutcomeOn() { return dispute().outcomeOn(); }
    /** Whether the dispute went to the Komisi Informasi on the superior's silence, without an answer. */
    public boolean disputeOnSilence() { return disputeFiledOn() != null && decidedOn == null; }
}
