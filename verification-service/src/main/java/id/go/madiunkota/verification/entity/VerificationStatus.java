package id.go.madiunkota.verification.entity;

/** {@code IN_PROGRESS → APPROVED | REJECTED → SIGNED → ARCHIVED}. */
public enum VerificationStatus {
    IN_PROGRESS, APPROVED, REJECTED, SIGNED, ARCHIVED
}
