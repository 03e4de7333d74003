package id.go.madiunkota.ppid.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The joint decree (SKB 3 Menteri) entered for a year: from then on the year's holidays are the decree's. */
@Entity
@Table(name = "calendar_decree")
public class CalendarDecree {

    @Id
    private int year;
    @Column(name = "decree_number", nullable = false)
    private String decreeNumber;
    @Column(name = "decree_date")
    private LocalDate decreeDate;
    @Column(name = "calendar_version", nullable = false)
    private int calendarVersion;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_by_name")
    private String importedByName;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CalendarDecree() {
    }

    public CalendarDecree(int year, String decreeNumber, LocalDate decreeDate, int calendarVersion, String importedBy,
            String importedByName, Instant importedAt) {
        this.year = year;
        replacedBy(decreeNumber, decreeDate, calendarVersion, importedBy, importedByName, importedAt);
    }

    /** A new import of the year's decree (an amendment, or a correction) replaces this one. */
    public final void replacedBy(String number, LocalDate date, int version, String by, String byName, Instant at) {
        this.decreeNumber = Objects.requireNonNull(number, "decreeNumber");
        this.decreeDate = date;
        this.calendarVersion = version;
        this.importedBy = Objects.requireNonNull(by, "importedBy");
        this.importedByName = byName;
        this.importedAt = Objects.requireNonNull(at, "importedAt");
    }

    public int year() { return year; }
    public String decreeNumber() { return decreeNumber; }
    public LocalDate decreeDate() { return decreeDate; }
    public int calendarVersion() { return calendarVersion; }
}
