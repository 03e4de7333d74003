package id.go.madiunkota.training.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The superior's decree (surat keputusan) that assigns a procurement official to the training: its number and date,
 * and whether the trainer has checked it. A decree declared on the public form is unchecked until the trainer looks at
 * it; one the trainer records is checked by them.
 */
@Embeddable
public class Decree {

    @Column(name = "decree_number")
    private String number;
    @Column(name = "decree_date")
    private LocalDate date;
    @Column(name = "decree_checked_at")
    private Instant checkedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decree_checked_by"))
    @AttributeOverride(name = "name", column = @Column(name = "decree_checked_by_name"))
    private Actor checkedBy;

    protected Decree() {
        // for JPA
    }

    /** A decree as declared, not checked yet. */
    public Decree(String number, LocalDate date) {
        this(number, date, null, null);
    }

    private Decree(String number, LocalDate date, Instant checkedAt, Actor checkedBy) {
        this.number = number;
        this.date = date;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
    }

    /** The same decree, checked by the trainer {@code by} at {@code at}. */
    public Decree checked(Actor by, Instant at) {
        return new Decree(number, date, at, by);
    }

    /** The same decree for another registration of the same person (a repeat). */
    public Decree copy() {
        return new Decree(number, date, checkedAt, checkedBy);
    }

    public String number() { return number; }
    public LocalDate date() { return date; }
    public Instant checkedAt() { return checkedAt; }
    public Actor checkedBy() { return checkedBy; }

    /** Whether a decree was recorded (JPA gives an empty embeddable back when both columns are null). */
    public boolean present() {
        return number != null && date != null;
    }

    /** Whether the trainer has checked it. */
    public boolean isChecked() {
        return present() && checkedAt != null;
    }
}
