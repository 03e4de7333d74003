package id.go.madiunkota.ppid.entity;

/** The PPID's written decision on a request. */
public enum DecisionOutcome {
    GRANTED, PARTIALLY_GRANTED, REJECTED, NOT_HELD;

    /** The request status this outcome puts the request in. */
    public RequestStatus status() {
        return RequestStatus.valueOf(name());
    }

    /** Whether the outcome withholds information, and so needs legal grounds and the consequence test. */
    public boolean withholds() {
        return this == REJECTED || this == PARTIALLY_GRANTED;
    }
}
