package id.go.madiunkota.helpdesk.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A callback task: the seed tells the caller to ring again after 10 minutes; the suite makes it the agent's task to
 * call back, due then, so the caller is not left to remember. {@code notifiedAt} is set once, by the callback watch.
 */
@Entity
@Table(name = "callback")
public class Callback {

    @Id
    private UUID id;
    @Column(name = "consultation_id", nullable = false, updatable = false)
    private UUID consultationId;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "agent", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "agent_name", nullable = false, updatable = false))
    private Staff agent;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallbackStatus status;
    @Column(name = "notified_at", insertable = false, updatable = false)
    private Instant notifiedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    private String note;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Callback() {
    }

    /** A callback for {@code agent}, due at {@code dueAt}. */
    public static Callback create(UUID consultationId, Staff agent, Instant dueAt, Instant now) {
        Callback callback = new Callback();
        callback.id = UUID.randomUUID();
        callback.consultationId = consultationId;
        callback.agent = agent;
        callback.createdAt = now;
        callback.dueAt = dueAt;
        callback.status = CallbackStatus.PENDING;
        return callback;
    }

    /** The agent called the caller back. */
    public void complete(String note, Instant now) {
        if (status != CallbackStatus.PENDING) {
            throw RecordKind.refused(status, Step.CALLBACK_COMPLETION);
        }
        this.note = note;
        this.completedAt = now;
        this.status = CallbackStatus.DONE;
    }

    /** No call is needed any more (the consultation was closed). */
    public void cancel(Instant now) {
        if (status == CallbackStatus.PENDING) {
            this.completedAt = now;
            this.status = CallbackStatus.CANCELLED;
        }
    }

    /** Due: still pending and its time has come. */
    public boolean due(Instant now) {
        return status == CallbackStatus.PENDING && !dueAt.isAfter(now);
    }

    /** Due and still pending longer than {@code overdueAfter} after its time. */
    public boolean overdue(Instant now, Duration overdueAfter) {
        return due(now) && now.isAfter(dueAt.plus(overdueAfter));
    }

    public UUID id() {
        return id;
    }

    public UUID consultationId() {
        return consultationId;
    }

    public Staff agent() {
        return agent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public CallbackStatus status() {
        return status;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String note() {
        return note;
    }
}
