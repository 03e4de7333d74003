package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A request for public information (UU 14/2008). Every change of state is a method here that refuses a move the law
 * or the flow does not allow (an invalid-transition {@link DomainException}, answered 409).
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    /** The office's time zone, for decisions kept only as a day. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    @Id
    private UUID id;
    @Column(name = "registration_number", nullable = false, updatable = false)
    private String registrationNumber;
    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    @Column(name = "owner_subject", updatable = false)
    private String ownerSubject;
    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;
    @Column(name = "recorded_by_name", updatable = false)
    private String recordedByName;
    @Embedded
    private Applicant applicant;
    @Embedded
    private RequestedInformation information;
    @Embedded
    private Deadline deadline;
    @Embedded
    private Decision decision = new Decision();
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivered_by_method")
    private DeliveryMethod deliveredByMethod;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "ended_reason")
    private String endedReason;
    @Column(nullable = false)
    private String language = "id";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected InformationRequest() {
    }

    /** A newly registered request; {@code ownerSubject} is the citizen's token subject, or null. */
    public static InformationRequest register(String registrationNumber, String trackingCode, Channel channel,
            String ownerSubject, String recordedBy, String recordedByName, Applicant applicant,
            RequestedInformation information, Deadline deadline, Instant now) {
        InformationRequest request = new InformationRequest();
        request.id = UUID.randomUUID();
        request.registrationNumber = registrationNumber;
        request.trackingCode = trackingCode;
        request.channel = channel;
        request.status = RequestStatus.REGISTERED;
        request.ownerSubject = ownerSubject;
        request.recordedBy = recordedBy;
        request.recordedByName = recordedByName;
        request.applicant = applicant;
        request.information = information;
        request.deadline = deadline;
        request.updatedAt = now;
        return request;
    }

    /** An officer takes the request on. */
    public void startProcessing(Instant now) {
        require(status == RequestStatus.REGISTERED, RequestAction.START_PROCESSING);
        moveTo(RequestStatus.IN_PROGRESS, now);
    }

    /** The one extension of the response period, given on {@code today} by an officer with a written reason. */
    public void extend(String reason, LocalDate today, LocalDate newDueDate, String calendarVersion, Actor by,
            Instant now) {
        require(status == RequestStatus.REGISTERED || status == RequestStatus.IN_PROGRESS, RequestAction.EXTEND);
        if (today.isAfter(deadline.dueDate())) {
            throw DomainException.unprocessable("request.extension-too-late", deadline.dueDate());
        }
        if (!newDueDate.isAfter(deadline.dueDate())) {
            // refused before anything changes: the one extension stays available
            throw DomainException.unprocessable("request.extension-adds-no-time", newDueDate, deadline.dueDate());
        }
        deadline = deadline.extended(today, reason, newDueDate, calendarVersion, by);
        moveTo(RequestStatus.EXTENDED, now);
    }

    /** The PPID's written decision. */
    public void decide(DecisionOutcome outcome, Set<ExemptionGround> grounds, String consequenceTest,
            String withheldParts, String heldBy, boolean holderUnknown, CopyFormat copyFormat, String note,
            LocalDate today, Actor by, Instant now) {
        require(status.awaitingDecision(), RequestAction.DECIDE);
        CopyFormat format = copyFormat != null ? copyFormat : information.copyFormat();
        decision = Decision.given(outcome, grounds, consequenceTest, withheldParts, heldBy, holderUnknown, format,
                note, today, by, now);
        moveTo(outcome.status(), now);
    }

    /** The notice (and for a grant, the information) reached the applicant. */
    public void deliver(Instant deliveredAt, DeliveryMethod method, Instant now) {
        require(status.decided(), RequestAction.DELIVER);
        Instant decided = decision().decidedAt() != null ? decision().decidedAt()
                : decision().decidedOn().atStartOfDay(OFFICE_ZONE).toInstant();
        if (deliveredAt.isBefore(decided)) {
            throw DomainException.unprocessable("request.delivery-before-decision", decision().decidedOn());
        }
        if (deliveredAt.isAfter(now)) {
            throw InvalidInputException.of("deliveredAt", "request.delivery-in-future");
        }
        this.deliveredAt = deliveredAt;
        this.deliveredByMethod = method;
        moveTo(RequestStatus.DELIVERED, now);
    }

    /** The file is closed after delivery. */
    public void close(Instant now) {
        require(status == RequestStatus.DELIVERED, RequestAction.CLOSE);
        closedAt = now;
        moveTo(RequestStatus.CLOSED, now);
    }

    /** The applicant withdraws the request before it is decided. */
    public void withdraw(String reason, Instant now) {
        require(status.awaitingDecision(), RequestAction.WITHDRAW);
        endedReason = reason;
        closedAt = now;
        moveTo(RequestStatus.WITHDRAWN, now);
    }

    /** Staff mark a request invalid (e.g. not a request for information held by a public body) before deciding. */
    public void invalidate(String reason, Instant now) {
        require(status == RequestStatus.REGISTERED || status == RequestStatus.IN_PROGRESS, RequestAction.INVALIDATE);
        endedReason = reason;
        closedAt = now;
        moveTo(RequestStatus.INVALID, now);
    }

    /** A calendar change moved the due date; only while the deadline still runs. */
    public boolean recomputeDueDate(LocalDate dueDate, String calendarVersion, Instant now) {
        if (!status.awaitingDecision() || dueDate.equals(deadline.dueDate())) {
            return false;
        }
        deadline = deadline.recomputed(dueDate, calendarVersion);
        updatedAt = now;
        return true;
    }

    /** Whether the request still awaits a decision after its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.awaitingDecision() && today.isAfter(deadline.dueDate());
    }

    /**
     * Refuses a power of attorney (surat kuasa) unless a representative acts for the applicant (422) and the decision
     * is still to come (409): the PPID checks the representative's authority before deciding.
     */
    public void requirePowerOfAttorneyAccepted() {
        if (applicant.representativeName() == null) {
            throw DomainException.unprocessable("request.no-representative");
        }
        require(status.awaitingDecision(), RequestAction.ATTACH_POWER_OF_ATTORNEY);
    }

    /**
     * Refuses released information unless the decision granted some (GRANTED or PARTIALLY_GRANTED) and the request is
     * still at that decision or its delivery (409).
     */
    public void requireReleasable() {
        DecisionOutcome outcome = decision == null ? null : decision.outcome();
        boolean granted = outcome == DecisionOutcome.GRANTED || outcome == DecisionOutcome.PARTIALLY_GRANTED;
        require(granted && (status == outcome.status() || status == RequestStatus.DELIVERED),
                RequestAction.ATTACH_RELEASED_INFORMATION);
    }

    private void require(boolean allowed, RequestAction action) {
        if (!allowed) {
            // the status and the action go in as enums: the answer names them as words of its language
            throw new DomainException(409, "invalid-transition", status, action);
        }
    }

    private void moveTo(RequestStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Written to in {@code language} ({@code id} or {@code en}), the submission's language. */
    public InformationRequest writtenIn(String language) {
        this.language = "en".equals(language) ? "en" : "id";
        return this;
    }

    /** The language mails about it are written in: {@code id} or {@code en}. */
    public String language() { return language; }
    public UUID id() { return id; }
    public String registrationNumber() { return registrationNumber; }
    public String trackingCode() { return trackingCode; }
    public Channel channel() { return channel; }
    public RequestStatus status() { return status; }
    public String ownerSubject() { return ownerSubject; }
    /** The token subject of the officer who recorded the request, or null for one submitted online. */
    public String recordedBy() { return recordedBy; }
    /** The display name of that officer at the time (the subject on rows older than the name), or null. */
    public String recordedByName() { return recordedByName != null ? recordedByName : recordedBy; }
    public Applicant applicant() { return applicant; }
    public RequestedInformation information() { return information; }
    public Deadline deadline() { return deadline; }
    public Decision decision() { return decision == null ? new Decision() : decision; }
    public Instant deliveredAt() { return deliveredAt; }
    public DeliveryMethod deliveredByMethod() { return deliveredByMethod; }
    public String endedReason() { return endedReason; }
}
