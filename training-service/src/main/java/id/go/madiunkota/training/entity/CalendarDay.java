package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day of the local copy of ppid-service's calendar. A removed day stays, marked working, with the version of its
 * last change, so that an older change arriving late does not undo a newer one.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    /** Where the day's state came from. */
    public enum Source { FILL, EVENT }

    @Id
    private LocalDate day;
    @Column(nullable = false)
    private String kind;
    @Column(name = "non_working", nullable = false)
    private boolean nonWorking;
    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;
    @Column(nullable = false)
    private String source;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(LocalDate day, String kind, boolean nonWorking, int calendarVersion, Source source,
            Instant now) {
        this.day = day;
        this.kind = kind;
        this.nonWorking = nonWorking;
        this.calendarVersion = calendarVersion;
        this.source = source.name();
        this.updatedAt = now;
    }

    /** Applies a change of calendar version {@code version}; returns false (and changes nothing) if it is older. */
    public boolean apply(boolean nonWorking, String kind, int version, Instant now) {
        if (version <= calendarVersion) {
            return false;
        }
        this.nonWorking = nonWorking;
        this.kind = kind;
        this.calendarVersion = version;
        this.source = Source.EVENT.name();
        this.updatedAt = now;
        return true;
    }

    public LocalDate day() { return day; }
    public String kind() { return kind; }
    public boolean nonWorking() { return nonWorking; }
    public int calendarVersion() { return calendarVersion; }
}
