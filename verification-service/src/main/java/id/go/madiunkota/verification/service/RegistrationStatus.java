package id.go.madiunkota.verification.service;

import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.Verification;

/** A provider found by its registration reference, and its latest verification (null before the first). */
public record RegistrationStatus(Provider provider, Verification latest) {
}
