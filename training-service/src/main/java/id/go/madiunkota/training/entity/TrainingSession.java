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
import java.time.LocalDate;
import java.util.UUID;

/** A training session on the public schedule: one audience, one room, a fixed number of places, on a working day. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience;
    @Column(name = "session_date", nullable = false)
    private LocalDate date;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private String room;
    @Column(nullable = false)
    private int capacity;
    @Column(nullable = false)
    private String trainer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "scheduled_by", updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "scheduled_by_name", updatable = false))
    private Actor scheduledBy;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "cancelled_by"))
    @AttributeOverride(name = "name", column = @Column(name = "cancelled_by_name"))
    private Actor cancelledBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected TrainingSession() {
        // for JPA
    }

    /** A new session; the caller has checked the day and the duration. */
    public static TrainingSession schedule(String title, Audience audience, LocalDate date, Instant startsAt,
            Instant endsAt, String room, int capacity, String trainer, Actor scheduledBy, Instant now) {
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.title = title;
        session.audience = audience;
        session.date = date;
        session.startsAt = startsAt;
        session.endsAt = endsAt;
        session.room = room;
        session.capacity = capacity;
        session.trainer = trainer;
        session.status = SessionStatus.SCHEDULED;
        session.scheduledBy = scheduledBy;
        session.createdAt = now;
        session.updatedAt = now;
        return session;
    }

    /** Cancels the session; its registrations are cancelled by the service. */
    public void cancel(String reason, Actor by, Instant now) {
        requireScheduled(TrainingAction.CANCEL);
        if (!now.isBefore(endsAt)) {
            throw DomainException.unprocessable("session.already-held", date);
        }
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = now;
        this.cancelledBy = by;
        this.updatedAt = now;
    }

    /** Refuses a registration once the session is cancelled or has started. */
    public void requireOpenForRegistration(Instant now) {
        requireScheduled(TrainingAction.REGISTER);
        if (!now.isBefore(startsAt)) {
            throw DomainException.unprocessable("session.registration-closed", date);
        }
    }

    /** Refuses an attendance entry before the session's day or on a cancelled session. */
    public void requireHeldBy(Instant now, LocalDate today) {
        requireScheduled(TrainingAction.RECORD_ATTENDANCE);
        if (today.isBefore(date)) {
            throw DomainException.unprocessable("session.not-yet-held", date);
        }
    }

    /** Refuses {@code action} (409) on a cancelled session, naming the status and the move as words. */
    public void requireScheduled(TrainingAction action) {
        if (status != SessionStatus.SCHEDULED) {
            throw new DomainException(409, "invalid-transition", status, action);
        }
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Audience audience() { return audience; }
    public LocalDate date() { return date; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String room() { return room; }
    public int capacity() { return capacity; }
    public String trainer() { return trainer; }
    public SessionStatus status() { return status; }
    public String cancelReason() { return cancelReason; }
    public Instant cancelledAt() { return cancelledAt; }
    public Actor scheduledBy() { return scheduledBy; }
    public Actor cancelledBy() { return cancelledBy; }
}
