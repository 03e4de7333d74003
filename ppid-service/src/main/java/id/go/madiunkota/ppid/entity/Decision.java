package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The PPID's written notice (pemberitahuan tertulis): the outcome, and for withheld information the legal grounds and
 * the consequence test (uji konsekuensi). The service is free of charge; the cost is kept, at 0.
 */
@Embeddable
public class Decision {

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    DecisionOutcome outcome;

    @Convert(converter = ExemptionGroundsConverter.class)
    @Column(name = "exemption_grounds")
    Set<ExemptionGround> exemptionGrounds = EnumSet.noneOf(ExemptionGround.class);

    @Column(name = "consequence_test")
    String consequenceTest;

    @Column(name = "withheld_parts")
    String withheldParts;

    @Column(name = "held_by")
    String heldBy;

    @Column(name = "holder_unknown", nullable = false)
    boolean holderUnknown;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_copy_format")
    CopyFormat copyFormat;

    @Column(name = "decision_note")
    String note;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_by_name")
    String decidedByName;

    @Column(name = "cost", nullable = false)
    BigDecimal cost = BigDecimal.ZERO;

    protected Decision() {
        // for JPA, and "no decision yet"
    }

    /**
     * The decision, checked against the rules of UU 14/2008: a withholding outcome needs grounds and the consequence
     * test, a partial grant the withheld parts, NOT_HELD the holder or that it is unknown (Pasal 22 ayat 7).
     */
    static Decision given(DecisionOutcome outcome, Set<ExemptionGround> grounds, String consequenceTest,
            String withheldParts, String heldBy, boolean holderUnknown, CopyFormat copyFormat, String note,
            LocalDate decidedOn, Actor by, Instant decidedAt) {
        boolean named = heldBy != null && !heldBy.isBlank();
        if (outcome == DecisionOutcome.NOT_HELD && !named && !holderUnknown) {
            throw InvalidInputException.of("heldBy", "request.held-by-required");
        }
        if (named && holderUnknown) {
            throw InvalidInputException.of("holderUnknown", "request.held-by-or-unknown");
        }
        if (outcome.withholds() && (grounds.isEmpty() || consequenceTest == null || consequenceTest.isBlank())) {
            throw DomainException.unprocessable("request.grounds-required");
        }
        if (outcome == DecisionOutcome.PARTIALLY_GRANTED && (withheldParts == null || withheldParts.isBlank())) {
            throw DomainException.unprocessable("request.withheld-parts-required");
        }
        if (!outcome.withholds() && !grounds.isEmpty()) {
            throw DomainException.unprocessable("request.grounds-not-allowed", outcome);
        }
        Decision decision = new Decision(outcome, grounds, consequenceTest, withheldParts,
                named ? heldBy.strip() : null, holderUnknown, copyFormat, note, decidedOn, decidedAt);
        decision.decidedBy = by.subject();
        decision.decidedByName = by.name();
        return decision;
    }

    private Decision(DecisionOutcome outcome, Set<ExemptionGround> grounds, String consequenceTest,
            String withheldParts, String heldBy, boolean holderUnknown, CopyFormat copyFormat, String note,
            LocalDate decidedOn, Instant decidedAt) {
        this.outcome = outcome;
        this.exemptionGrounds = grounds.isEmpty() ? EnumSet.noneOf(ExemptionGround.class) : EnumSet.copyOf(grounds);
        this.consequenceTest = consequenceTest;
        this.withheldParts = withheldParts;
        this.heldBy = heldBy;
        this.holderUnknown = holderUnknown;
        this.decidedAt = decidedAt;
        this.copyFormat = copyFormat;
        this.note = note;
        this.decidedOn = decidedOn;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public Set<ExemptionGround> exemptionGrounds() {
        return exemptionGrounds == null ? EnumSet.noneOf(ExemptionGround.class) : EnumSet.copyOf(exemptionGrounds);
    }

    public String consequenceTest() {
        return consequenceTest;
    }

    public String withheldParts() {
        return withheldParts;
    }

    public String heldBy() {
        return heldBy;
    }

    /** For NOT_HELD: the PPID said it does not know which public body holds the information. */
    public boolean holderUnknown() {
        return holderUnknown;
    }

    /** When the decision was given; null on decisions recorded before this was kept (then {@link #decidedOn()}). */
    public Instant decidedAt() {
        return decidedAt;
    }

    public CopyFormat copyFormat() {
        return copyFormat;
    }

    public String note() {
        return note;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** The display name of the officer who decided, or null (also on decisions older than the name). */
    public String decidedByName() {
        return decidedByName != null ? decidedByName : decidedBy;
    }

    public BigDecimal cost() {
        return cost;
    }
}
