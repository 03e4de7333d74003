package id.go.madiunkota.verification.api;

import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.ProviderStatus;
import id.go.madiunkota.verification.entity.SuspensionReason;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider as staff see it; NPWP and NIK only masked. The answer to the online registration too: its
 * {@code registrationReference} is the code the provider reads its status with.
 */
public record ProviderView(
        UUID id,
        String registrationReference,
        String companyName,
        BusinessForm businessForm,
        String npwpMasked,
        String nib,
        DirectorView director,
        String email,
        String phone,
        String address,
        ProviderStatus status,
        Instant registeredAt,
        Instant activatedAt,
        UUID activatedByVerification,
        SuspensionView suspension) {

    /** The same provider as the auditor sees it: e-mail, phone and address masked. */
    public ProviderView masked() {
        return new ProviderView(id, registrationReference, companyName, businessForm, npwpMasked, nib, director,
                AuditorMask.email(email), AuditorMask.phone(phone), AuditorMask.address(address), status,
                registeredAt, activatedAt, activatedByVerification, suspension);
    }

    /** The director, NIK masked ({@code 3577********0003}). */
    public record DirectorView(String name, String nikMasked) {
    }

    /** Why and when an admin suspended the provider. */
    public record SuspensionView(SuspensionReason reason, String note, String suspendedBy, Instant suspendedAt) {
    }
}
