package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether a year of the local calendar copy runs on its joint decree or on the predicted holidays, as of which
 * calendar version: a late, older message does not undo a newer one.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    private int year;
    @Column(nullable = false)
    private boolean decreed;
    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarYear() {
    }

    public CalendarYear(int year, boolean decreed, int calendarVersion, Instant now) {
        this.year = year;
        this.decreed = decreed;
        this.calendarVersion = calendarVersion;
        this.updatedAt = now;
    }

    /** Takes {@code decreed} at {@code version} unless what is here is newer; returns whether it changed. */
    public boolean apply(boolean decreed, int version, Instant now) {
        if (version < calendarVersion || decreed == this.decreed && version == calendarVersion) {
            return false;
        }
        this.decreed = decreed;
        this.calendarVersion = version;
        this.updatedAt = now;
        return true;
    }

    public int year() { return year; }
    public boolean decreed() { return decreed; }
}
