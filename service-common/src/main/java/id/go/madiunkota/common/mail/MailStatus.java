package id.go.madiunkota.common.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (the first, or after a failure). */
    PENDING,
    SENT,
    /** Failed {@code madiun.mail.max-attempts} times; never tried again. */
    DEAD
}
