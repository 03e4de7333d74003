package id.go.madiunkota.verification.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The verifier's decision: the outcome, the missing or invalid items of a rejection, and who decided when. */
@Embeddable
public class Decision {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;
    /** JSON (mapped in META-INF/orm.xml, so that the entity needs no Hibernate annotation). */
    @Column(name = "missing_items")
    private List<String> missingItems;
    @Column(name = "decision_note")
    private String note;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    private Actor decidedBy;

    protected Decision() {
    }

    Decision(Outcome outcome, List<String> missingItems, String note, Instant decidedAt, Actor decidedBy) {
        this.outcome = outcome;
        this.missingItems = List.copyOf(missingItems);
        this.note = note;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    /** From {@code startedAt} to the decision. */
    public Duration durationSince(Instant startedAt) {
        return Duration.between(startedAt, decidedAt);
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> missingItems() {
        return missingItems == null ? List.of() : List.copyOf(missingItems);
    }

    public String note() {
        return note;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Actor decidedBy() {
        return decidedBy;
    }
}
