package id.go.madiunkota.training.entity;

/**
 * The moves a session or a registration may refuse in its current status; a refusal names the move as a word of the
 * caller's language ({@code enum.TrainingAction.*}).
 */
public enum TrainingAction {
    /** Register for a session. */
    REGISTER,
    /** Cancel a session or a registration. */
    CANCEL,
    /** Put a participant on the attendance list. */
    RECORD_ATTENDANCE,
    /** Record the completion. */
    COMPLETE,
    /** Give a freed place to the first on the waitlist. */
    PROMOTE,
    /** Record the superior's decree. */
    RECORD_DECREE,
    /** Check the decree declared on the form. */
    CHECK_DECREE,
    /** Give the certificate of a completed training. */
    ISSUE_CERTIFICATE,
    /** Attach the scan of the decree. */
    ATTACH_DECREE_SCAN
}
