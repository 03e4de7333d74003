package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The grounds of an objection (UU 14/2008 Pasal 35 ayat 1) held against the facts of the request: a ground the facts
 * do not bear out is refused (422) with the fact that is missing. Grounds of judgement (not as requested, not
 * fulfilled, periodic information) are the superior's to weigh and pass.
 */
final class ObjectionGrounds {

    private ObjectionGrounds() {
    }

    /** Refuses the first of {@code grounds} that the request's facts on {@code today} do not bear out. */
    static void check(InformationRequest request, Set<ObjectionGround> grounds, LocalDate today) {
        LocalDate due = request.deadline().dueDate();
        LocalDate decidedOn = request.decision().decidedOn();
        if (grounds.contains(ObjectionGround.REJECTED_UNDER_PASAL_17) && !withheld(request)) {
            throw DomainException.unprocessable("objection.ground-not-applicable",
                    ObjectionGround.REJECTED_UNDER_PASAL_17);
        }
        if (grounds.contains(ObjectionGround.REQUEST_NOT_ANSWERED) && (decidedOn != null || !today.isAfter(due))) {
            throw DomainException.unprocessable("objection.ground-not-answered", due);
        }
        if (grounds.contains(ObjectionGround.LATE_ANSWER) && (decidedOn == null || !decidedOn.isAfter(due))) {
            throw DomainException.unprocessable("objection.ground-late-answer", due);
        }
        if (grounds.contains(ObjectionGround.UNREASONABLE_COST)
                && request.decision().cost().compareTo(BigDecimal.ZERO) <= 0) {
            throw DomainException.unprocessable("objection.ground-no-cost");
        }
    }

    /**
     * The day an objection's ground arose: the decision, or the missed deadline that opens "not answered" by itself;
     * null while the request awaits its decision within the deadline, or ended without one.
     */
    public static LocalDate arose(InformationRequest request, LocalDate today) {
        if (request.decision().decidedOn() != null) {
            return request.decision().decidedOn();
        }
        if (request.status().awaitingDecision() && today.isAfter(request.deadline().dueDate())) {
            return request.deadline().dueDate();
        }
        return null;
    }

    private static boolean withheld(InformationRequest request) {
        DecisionOutcome outcome = request.decision().outcome();
        return outcome != null && outcome.withholds();
    }
}
