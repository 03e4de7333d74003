package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row saying which calendar version the local copy has reached, and when it was filled from ppid. */
@Entity
@Table(name = "calendar_copy")
public class CalendarCopy {

    /** The id of the single row. */
    public static final short ID = 1;

    @Id
    private short id;
    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;
    @Column(name = "filled_at")
    private Instant filledAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarCopy() {
        // for JPA; the row is created by the migration
    }

    /** Moves to {@code version} if newer. */
    public void reached(int version, Instant now) {
        if (version > calendarVersion) {
            calendarVersion = version;
            updatedAt = now;
        }
    }

    /** Filled from ppid-service's endpoint. */
    public void filled(int version, Instant now) {
        reached(version, now);
        filledAt = now;
        updatedAt = now;
    }

    public int calendarVersion() { return calendarVersion; }
    public Instant filledAt() { return filledAt; }
}
