package id.go.madiunkota.training.entity;

/**
 * Where a registration stands. PENDING_DECREE, CONFIRMED, ATTENDED and COMPLETED hold a place of the session;
 * WAITLISTED waits for one; CANCELLED is final.
 */
public enum RegistrationStatus {
    /** A procurement official with a place, whose superior's decree is not recorded yet. */
    PENDING_DECREE,
    /** A place, all requirements met. */
    CONFIRMED,
    /** The session was full: waits for a place, promoted in queue order. */
    WAITLISTED,
    /** On the attendance list (daftar hadir). */
    ATTENDED,
    /** Completion recorded, understood or not. */
    COMPLETED,
    /** Cancelled by the trainer, or with the session. */
    CANCELLED;

    /** Whether a registration in this status takes one of the session's places. */
    public boolean holdsPlace() {
        return this == PENDING_DECREE || this == CONFIRMED || this == ATTENDED || this == COMPLETED;
    }
}
