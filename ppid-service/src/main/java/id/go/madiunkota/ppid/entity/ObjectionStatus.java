package id.go.madiunkota.ppid.entity;

/**
 * {@code FILED → DECIDED (UPHELD | OVERTURNED) → ACCEPTED | ESCALATED} (escalated: a dispute at the Komisi Informasi).
 */
public enum ObjectionStatus {
    FILED, DECIDED, ACCEPTED, ESCALATED
}
