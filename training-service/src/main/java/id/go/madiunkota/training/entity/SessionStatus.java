package id.go.madiunkota.training.entity;

/** A session is on the public schedule until it is cancelled. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
