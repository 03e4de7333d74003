package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The dispute (sengketa) taken to the Komisi Informasi about an objection (UU 14/2008 Pasal 37–38): the commission's
 * case number, the day it was filed, and once settled the commission's outcome and its day.
 */
@Embeddable
public class Dispute {

    @Column(name = "commission_case_number")
    String commissionCaseNumber;
    @Column(name = "dispute_filed_on")
    LocalDate filedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_outcome")
    DisputeOutcome outcome;
    @Column(name = "dispute_outcome_on")
    LocalDate outcomeOn;

    protected Dispute() {
    }

    /** A dispute filed on {@code filedOn}, under the commission's {@code caseNumber} (may be null until known). */
    static Dispute filed(String caseNumber, LocalDate filedOn) {
        Dispute dispute = new Dispute();
        dispute.commissionCaseNumber = caseNumber;
        dispute.filedOn = filedOn;
        return dispute;
    }

    /** The commission settled it on {@code on}; once only, and not before it was filed. */
    Dispute settled(DisputeOutcome settledBy, LocalDate on, String caseNumber) {
        if (outcome != null) {
            throw DomainException.conflict("objection.dispute-outcome-recorded", outcome, outcomeOn);
        }
        if (on.isBefore(filedOn)) {
            throw DomainException.unprocessable("objection.dispute-outcome-before-filing", filedOn);
        }
        Dispute settled = filed(caseNumber, filedOn);
        settled.outcome = settledBy;
        settled.outcomeOn = on;
        return settled;
    }

    public String commissionCaseNumber() {
        return commissionCaseNumber;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public DisputeOutcome outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }
}
