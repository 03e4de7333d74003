package id.go.madiunkota.helpdesk.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Duration;
import java.time.Instant;

/**
 * How a consultation was closed: when, by whom, against which completion target of the standard then in force, and
 * whether it was closed within it. Absent (null) while the consultation is not closed.
 */
@Embeddable
public class Closing {

    @Column(name = "closed_at")
    private Instant closedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "closed_by"))
    @AttributeOverride(name = "name", column = @Column(name = "closed_by_name"))
    private Staff closedBy;
    @Column(name = "target_minutes")
    private Integer targetMinutes;
    @Column(name = "within_target")
    private Boolean withinTarget;

    protected Closing() {
    }

    Closing(Staff closedBy, Instant openedAt, Instant closedAt, int targetMinutes) {
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.targetMinutes = targetMinutes;
        this.withinTarget = !Duration.between(openedAt, closedAt).minusMinutes(targetMinutes).isPositive();
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Staff closedBy() {
        return closedBy;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public boolean withinTarget() {
        return withinTarget;
    }
}
