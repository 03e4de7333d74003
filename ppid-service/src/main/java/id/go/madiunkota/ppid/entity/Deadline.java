package id.go.madiunkota.ppid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The response deadline of a request: received when, counted from which working day (day 0), due on which day, on
 * which calendar version, and the one extension if given. Immutable: a change gives a new value.
 */
@Embeddable
public class Deadline {

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    LocalDate receivedOn;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Column(name = "calendar_version", nullable = false)
    String calendarVersion;

    @Column(name = "extended_on")
    LocalDate extendedOn;

    @Column(name = "extension_reason")
    String extensionReason;

    @Column(name = "extended_by")
    String extendedBy;

    @Column(name = "extended_by_name")
    String extendedByName;

    protected Deadline() {
    }

    public Deadline(Instant receivedAt, LocalDate receivedOn, LocalDate dueDate, String calendarVersion) {
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.dueDate = dueDate;
        this.calendarVersion = calendarVersion;
    }

    Deadline extended(LocalDate on, String reason, LocalDate newDueDate, String version, Actor by) {
        Deadline next = new Deadline(receivedAt, receivedOn, newDueDate, version);
        next.extendedOn = on;
        next.extensionReason = reason;
        next.extendedBy = by.subject();
        next.extendedByName = by.name();
        return next;
    }

    Deadline recomputed(LocalDate newDueDate, String version) {
        Deadline next = new Deadline(receivedAt, receivedOn, newDueDate, version);
        next.extendedOn = extendedOn;
        next.extensionReason = extensionReason;
        next.extendedBy = extendedBy;
        next.extendedByName = extendedByName;
        return next;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String calendarVersion() {
        return calendarVersion;
    }

    public LocalDate extendedOn() {
        return extendedOn;
    }

    public String extensionReason() {
        return extensionReason;
    }

    /** The display name of the officer who extended it, or null (also on extensions older than the name). */
    public String extendedByName() {
        return extendedByName != null ? extendedByName : extendedBy;
    }

    public boolean extended() {
        return extendedOn != null;
    }
}
