package id.go.madiunkota.verification.entity;

/** Why an admin suspends a provider; a code, so that the event never carries free text. */
public enum SuspensionReason {
    /** Found on the blacklist (daftar hitam). */
    BLACKLISTED,
    /** Documents found false or invalid after activation. */
    INVALID_DOCUMENTS,
    /** The business licence was revoked or has lapsed. */
    LICENCE_REVOKED,
    /** The provider asked for it. */
    PROVIDER_REQUEST,
    /** Anything else; the note says what. */
    OTHER
}
