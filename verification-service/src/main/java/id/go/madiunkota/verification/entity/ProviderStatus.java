package id.go.madiunkota.verification.entity;

/** A provider: registered online and awaiting verification, active after an approved one, or suspended by an admin. */
public enum ProviderStatus {
    REGISTERED, ACTIVE, SUSPENDED
}
