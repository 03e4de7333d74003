package id.go.madiunkota.verification.entity;

/** The verifier's decision: the provider's user ID is activated, or not yet. */
public enum Outcome {
    APPROVED, REJECTED;

    public VerificationStatus status() {
        return this == APPROVED ? VerificationStatus.APPROVED : VerificationStatus.REJECTED;
    }
}
