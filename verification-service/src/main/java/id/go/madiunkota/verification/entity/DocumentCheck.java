package id.go.madiunkota.verification.entity;

import java.time.Instant;

/**
 * The verifier's check of one document.
 *
 * @param originalSighted the original was seen
 * @param copyReceived a copy was handed in
 * @param note what was wrong or remarkable, if anything
 * @param checkedAt when it was recorded
 * @param checkedBy the verifier's login
 */
public record DocumentCheck(boolean originalSighted, boolean copyReceived, String note, Instant checkedAt,
        String checkedBy) {
}
