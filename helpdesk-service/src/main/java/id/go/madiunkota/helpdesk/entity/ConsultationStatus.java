package id.go.madiunkota.helpdesk.entity;

/**
 * Where a consultation stands: {@code OPEN → RESOLVED → CLOSED} when the agent answers directly, {@code OPEN →
 * ESCALATED → ANSWERED → CLOSED} through LKPP, and back from {@code ANSWERED} to {@code OPEN} when the caller does not
 * accept the relayed explanation (the loop of the seed's flowchart).
 */
public enum ConsultationStatus {
    OPEN, RESOLVED, ESCALATED, ANSWERED, CLOSED
}
