package id.go.madiunkota.training.entity;

import id.go.madiunkota.common.problem.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant's registration for a session. It takes a place (CONFIRMED, or PENDING_DECREE for an official whose
 * decree is not recorded, or declared on the public form and not yet checked by the trainer) or waits on the
 * waitlist; then the attendance list and the completion. A participant who has not understood gets a repeat
 * registration for the next session of the same audience, with the attempt counted.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    private UUID id;
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;
    @Embedded
    private Participant participant;
    @Column(name = "guest_book_signed_at", nullable = false, updatable = false)
    private Instant guestBookSignedAt;
    @Embedded
    private Decree decree;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(name = "queue_number", nullable = false, updatable = false)
    private int queueNumber;
    @Column(nullable = false, updatable = false)
    private int attempt;
    @Column(name = "previous_registration_id", updatable = false)
    private UUID previousRegistrationId;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "registered_by", updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "registered_by_name", updatable = false))
    private Actor registeredBy;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(name = "attended_at")
    private Instant attendedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "attendance_recorded_by"))
    @AttributeOverride(name = "name", column = @Column(name = "attendance_recorded_by_name"))
    private Actor attendanceRecordedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    private Boolean understood;
    @Column(name = "certificate_code", unique = true)
    private String certificateCode;
    @Column(name = "repeat_registration_id")
    private UUID repeatRegistrationId;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "cancelled_by"))
    @AttributeOverride(name = "name", column = @Column(name = "cancelled_by_name"))
    private Actor cancelledBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Registration() {
        // for JPA
    }

    /**
     * A new registration, queue number {@code queueNumber} of its session; {@code placeFree} says whether the session
     * has a place left (the caller holds the session's row lock).
     */
    public static Registration register(UUID sessionId, Participant participant, Instant guestBookSignedAt,
            Decree decree, int queueNumber, boolean placeFree, int attempt, UUID previousRegistrationId,
            Actor registeredBy, Instant now) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.sessionId = sessionId;
        registration.participant = participant;
        registration.guestBookSignedAt = guestBookSignedAt;
        registration.decree = decree;
        registration.queueNumber = queueNumber;
        registration.attempt = attempt;
        registration.previousRegistrationId = previousRegistrationId;
        registration.registeredBy = registeredBy;
        registration.registeredAt = now;
        registration.updatedAt = now;
        registration.status = placeFree ? placedStatus(participant, decree) : RegistrationStatus.WAITLISTED;
        return registration;
    }

    private static RegistrationStatus placedStatus(Participant participant, Decree decree) {
        boolean needsDecree = participant.type() == Audience.PROCUREMENT_OFFICIAL;
        return needsDecree && (decree == null || !decree.isChecked())
                ? RegistrationStatus.PENDING_DECREE : RegistrationStatus.CONFIRMED;
    }

    /** A place freed up: the first on the waitlist takes it. */
    public void promote(Instant now) {
        require(status == RegistrationStatus.WAITLISTED, TrainingAction.PROMOTE);
        status = placedStatus(participant, decree);
        updatedAt = now;
    }

    /**
     * The decree declared on the registration form, checked by the trainer: accepted, a pending registration is
     * confirmed and a waitlisted one keeps waiting; refused, the registration is cancelled. Returns whether a refusal
     * freed a place, which the session then gives to the waitlist.
     */
    public boolean checkDecree(boolean accepted, String reason, Actor trainer, Instant now) {
        if (participant.type() != Audience.PROCUREMENT_OFFICIAL) {
            throw DomainException.unprocessable("registration.decree-not-needed");
        }
        if (decree != null && decree.isChecked()) {
            throw DomainException.conflict("registration.decree-already-checked", decree.checkedAt());
        }
        require(status == RegistrationStatus.PENDING_DECREE || status == RegistrationStatus.WAITLISTED,
                TrainingAction.CHECK_DECREE);
        if (decree == null || !decree.present()) {
            throw DomainException.unprocessable("registration.no-decree-declared");
        }
        if (!accepted) {
            return cancel(reason, trainer, now);
        }
        recordDecree(decree.checked(trainer, now), now);
        return false;
    }

    /**
     * Refuses the scan of a decree unless this is an official's registration (422) that still stands: pending the
     * decree, waitlisted or confirmed (409 otherwise).
     */
    public void requireDecreeScannable() {
        if (participant.type() != Audience.PROCUREMENT_OFFICIAL) {
            throw DomainException.unprocessable("registration.decree-not-needed");
        }
        require(status == RegistrationStatus.PENDING_DECREE || status == RegistrationStatus.WAITLISTED
                || status == RegistrationStatus.CONFIRMED, TrainingAction.ATTACH_DECREE_SCAN);
    }

    /** The official's decree is recorded; a pending registration is confirmed, a waitlisted one keeps waiting. */
    public void recordDecree(Decree decree, Instant now) {
        if (participant.type() != Audience.PROCUREMENT_OFFICIAL) {
            throw DomainException.unprocessable("registration.decree-not-needed");
        }
        require(status == RegistrationStatus.PENDING_DECREE || status == RegistrationStatus.WAITLISTED,
                TrainingAction.RECORD_DECREE);
        this.decree = decree;
        if (status == RegistrationStatus.PENDING_DECREE && decree.isChecked()) {
            status = RegistrationStatus.CONFIRMED;
        }
        updatedAt = now;
    }

    /** The participant signed the attendance list (daftar hadir). */
    public void attend(Actor recordedBy, Instant now) {
        require(status == RegistrationStatus.CONFIRMED, TrainingAction.RECORD_ATTENDANCE);
        status = RegistrationStatus.ATTENDED;
        attendedAt = now;
        attendanceRecordedBy = recordedBy;
        updatedAt = now;
    }

    /** The completion: whether the participant understood the training. */
    public void complete(boolean understood, Instant now) {
        require(status == RegistrationStatus.ATTENDED, TrainingAction.COMPLETE);
        status = RegistrationStatus.COMPLETED;
        this.understood = understood;
        completedAt = now;
        updatedAt = now;
    }

    /**
     * The Sertifikat Pelatihan's public code, given once to a participant who completed and understood the training.
     */
    public void issueCertificate(String code, Instant now) {
        require(status == RegistrationStatus.COMPLETED && Boolean.TRUE.equals(understood) && certificateCode == null,
                TrainingAction.ISSUE_CERTIFICATE);
        certificateCode = code;
        updatedAt = now;
    }

    /** Links the repeat registration offered to a participant who has not understood. */
    public void offeredRepeat(UUID repeatId, Instant now) {
        this.repeatRegistrationId = repeatId;
        updatedAt = now;
    }

    /**
     * Cancelled by {@code by} (null: with its session, by the service); returns whether it held a place, which the
     * session then gives to the waitlist.
     */
    public boolean cancel(String reason, Actor by, Instant now) {
        require(status == RegistrationStatus.PENDING_DECREE || status == RegistrationStatus.CONFIRMED
                || status == RegistrationStatus.WAITLISTED, TrainingAction.CANCEL);
        boolean heldPlace = status.holdsPlace();
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        cancelledBy = by;
        updatedAt = now;
        return heldPlace;
    }

    /** Refuses {@code action} (409) unless {@code allowed}, naming the status and the move as words. */
    private void require(boolean allowed, TrainingAction action) {
        if (!allowed) {
            throw new DomainException(409, "invalid-transition", status, action);
        }
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public Participant participant() { return participant; }
    public Instant guestBookSignedAt() { return guestBookSignedAt; }
    public Decree decree() { return decree != null && decree.present() ? decree : null; }
    public RegistrationStatus status() { return status; }
    public int queueNumber() { return queueNumber; }
    public int attempt() { return attempt; }
    public UUID previousRegistrationId() { return previousRegistrationId; }
    public Instant registeredAt() { return registeredAt; }
    public Instant attendedAt() { return attendedAt; }
    public Instant completedAt() { return completedAt; }
    public Boolean understood() { return understood; }
    public String certificateCode() { return certificateCode; }
    public UUID repeatRegistrationId() { return repeatRegistrationId; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public Actor registeredBy() { return registeredBy; }
    public Actor attendanceRecordedBy() { return attendanceRecordedBy; }
    public Actor cancelledBy() { return cancelledBy; }
}
