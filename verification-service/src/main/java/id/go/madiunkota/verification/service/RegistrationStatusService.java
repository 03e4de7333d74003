package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.repository.ProviderRepository;
import id.go.madiunkota.verification.repository.VerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * The status of a registration by its public reference, for the provider without an account. A reference that is not
 * one, or is nobody's, is the same 404: the answer says nothing about which references exist.
 */
@ApplicationScoped
public class RegistrationStatusService {

    private final ProviderRepository providers;
    private final VerificationRepository verifications;

    public RegistrationStatusService(ProviderRepository providers, VerificationRepository verifications) {
        this.providers = providers;
        this.verifications = verifications;
    }

    @Transactional
    public RegistrationStatus status(String reference) {
        String typed = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        // a malformed reference is looked up as one nobody has, so both answers are the same
        Provider provider = providers.findByReference(TrackingCodes.wellFormed(typed) ? typed : "")
                .orElseThrow(() -> new DomainException(404, "provider.reference-unknown", typed));
        return new RegistrationStatus(provider, verifications.latestOf(provider.id()).orElse(null));
    }
}
