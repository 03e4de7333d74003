package id.go.madiunkota.ppid.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the calendar's audit trail: a day added or removed, by whom, when, why. Never changed once written. */
@Entity
@Table(name = "calendar_change")
public class CalendarChange {

    /** What happened to the day. */
    public enum Change {
        /** The day became non-working. */
        ADDED,
        /** The day became a working day again (unless it is a weekend). */
        REMOVED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change change;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    private String source;

    @Column(nullable = false)
    private String reason;

    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name")
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CalendarChange() {
    }

    /** The record of {@code change} to {@code day}, which resulted in {@code calendarVersion}. */
    public CalendarChange(Change change, NonWorkingDay day, String reason, int calendarVersion, String changedBy,
            String changedByName, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.date = day.date();
        this.change = change;
        this.kind = day.kind();
        this.name = day.name();
        this.source = day.source();
        this.reason = reason;
        this.calendarVersion = calendarVersion;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public Change change() {
        return change;
    }

    public LocalDate date() {
        return date;
    }

    public DayKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public int calendarVersion() {
        return calendarVersion;
    }
}
