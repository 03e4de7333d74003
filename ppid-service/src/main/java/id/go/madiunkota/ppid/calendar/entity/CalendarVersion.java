package id.go.madiunkota.ppid.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The one row that says which version of the working-day calendar is in force. Every change advances it in the
 * change's transaction; the revision is new each time, so a cached calendar can tell it is stale even after a
 * rolled-back change reused a version number.
 */
@Entity
@Table(name = "calendar_version")
public class CalendarVersion {

    /** The id of the single row. */
    public static final short ID = 1;

    @Id
    private short id;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private UUID revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name")
    private String changedByName;

    protected CalendarVersion() {
        // for JPA; the row is created by the migration
    }

    /** Moves to the next version because {@code changedBy} changed the calendar at {@code at}; returns it. */
    public int advance(String changedBy, String changedByName, Instant at) {
        this.version++;
        this.revision = UUID.randomUUID();
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = at;
        return version;
    }

    public int version() {
        return version;
    }

    public UUID revision() {
        return revision;
    }
}
