package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The superior's decree (surat keputusan) that assigns a procurement official to the training. */
@Embeddable
public class Decree {

    @Column(name = "decree_number")
    private String number;
    @Column(name = "decree_date")
    private LocalDate date;

    protected Decree() {
        // for JPA
    }

    public Decree(String number, LocalDate date) {
        this.number = number;
        this.date = date;
    }

    public String number() { return number; }
    public LocalDate date() { return date; }

    /** Whether a decree was recorded (JPA gives an empty embeddable back when both columns are null). */
    public boolean present() {
        return number != null && date != null;
    }
}
