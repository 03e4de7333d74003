package id.go.madiunkota.verification.entity;

import java.time.Instant;

/**
 * The verifier's check of one document.
 *
 * @param originalSighted the original was seen
 * @param copyReceived a copy was handed in
 * @param note what was wrong or remarkable, if anything
 * @param checkedAt when it was recorded
 * @param checkedBy the verifier's subject
 * @param checkedByName the verifier's display name at the time (absent on checks recorded before names were kept)
 */
public record DocumentCheck(boolean originalSighted, boolean copyReceived, String note, Instant checkedAt,
        String checkedBy, String checkedByName) {

    /** The check {@code by} recorded {@code at}. */
    static DocumentCheck of(boolean originalSighted, boolean copyReceived, String note, Instant at, Actor by) {
        return new DocumentCheck(originalSighted, copyReceived, note, at, by.subject(), by.name());
    }

    /** Who checked, by name: the display name, or the subject on a check recorded before names were kept. */
    public String checkerName() {
        return checkedByName != null ? checkedByName : checkedBy;
    }
}
