package id.go.madiunkota.ppid.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands: {@code REGISTERED → IN_PROGRESS → [EXTENDED] → GRANTED | PARTIALLY_GRANTED | REJECTED |
 * NOT_HELD → DELIVERED → CLOSED}, with the side exits {@code WITHDRAWN} and {@code INVALID}.
 */
public enum RequestStatus {
    REGISTERED, IN_PROGRESS, EXTENDED, GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD, DELIVERED, CLOSED, WITHDRAWN,
    INVALID;

    /** Still waiting for the PPID's decision: the response deadline runs. */
    public static final Set<RequestStatus> AWAITING_DECISION = EnumSet.of(REGISTERED, IN_PROGRESS, EXTENDED);

    /** Decided, the notice not yet delivered. */
    public static final Set<RequestStatus> DECIDED = EnumSet.of(GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD);

    public boolean awaitingDecision() {
        return AWAITING_DECISION.contains(this);
    }

    public boolean decided() {
        return DECIDED.contains(this);
    }
}
