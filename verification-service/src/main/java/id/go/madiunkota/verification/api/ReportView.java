package id.go.madiunkota.verification.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Verifications started in a period (Asia/Jakarta dates, both ends included): outcomes, time from start to decision
 * against the service standard's target, and the same per verifier.
 */
public record ReportView(
        LocalDate from,
        LocalDate to,
        int targetMinutes,
        Counts total,
        List<VerifierCounts> byVerifier,
        long providersRegistered,
        long providersActivated) {

    /** Counts of one set of verifications. */
    public record Counts(long started, long inProgress, long approved, long rejected, long decided,
            long decidedWithinTarget, Double shareWithinTarget, Double averageMinutes) {
    }

    /** The counts of one verifier. */
    public record VerifierCounts(String verifier, Counts counts) {
    }
}
