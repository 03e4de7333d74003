package id.go.madiunkota.ppid.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A day that is not a working day although it may be a weekday: a holiday, a cuti bersama day, an ad-hoc day. */
@Entity
@Table(name = "non_working_day")
public class NonWorkingDay {

    @Id
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    private String source;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_by_name")
    private String addedByName;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected NonWorkingDay() {
    }

    public NonWorkingDay(LocalDate date, DayKind kind, String name, String source, String addedBy,
            String addedByName, Instant addedAt) {
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.source = source;
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedByName = addedByName;
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public LocalDate date() {
        return date;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String addedBy() {
        return addedBy;
    }

    /** The display name of who added it ({@code seed} for the shipped calendar; the subject on older rows). */
    public String addedByName() {
        return addedByName != null ? addedByName : addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
