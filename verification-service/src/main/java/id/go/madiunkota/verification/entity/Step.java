package id.go.madiunkota.verification.entity;

/** A step on a provider or a verification, named in a refused move's answer ({@code enum.Step.*}). */
public enum Step {
    START_VERIFICATION, ACTIVATE, SUSPEND, CHECK_DOCUMENT, ATTACH_SCAN, BLACKLIST_CHECK, APPROVE, REJECT, SIGN, ARCHIVE
}
