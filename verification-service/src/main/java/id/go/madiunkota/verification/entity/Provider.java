package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A goods/services provider (penyedia) registered online in SPSE. NPWP, the director's NIK, phone and address are
 * encrypted in the database; NPWP and NIK are looked up by keyed hash only. {@code REGISTERED → ACTIVE}, or
 * {@code SUSPENDED} by an admin.
 */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private UUID id;
    @Column(name = "registration_reference")
    private String registrationReference;
    @Column(name = "company_name", nullable = false)
    private String companyName;
    @Enumerated(EnumType.STRING)
    @Column(name = "business_form", nullable = false)
    private BusinessForm businessForm;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String npwp;
    @Column(name = "npwp_hash", nullable = false)
    private String npwpHash;
    private String nib;
    @Column(name = "director_name", nullable = false)
    private String directorName;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "director_nik", nullable = false)
    private String directorNik;
    @Column(name = "director_nik_hash", nullable = false)
    private String directorNikHash;
    @Column(nullable = false)
    private String email;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String phone;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private String language = "id";
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "activated_by_verification")
    private UUID activatedByVerification;
    @Column(name = "suspended_at")
    private Instant suspendedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_reason")
    private SuspensionReason suspensionReason;
    @Column(name = "suspension_note")
    private String suspensionNote;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "suspended_by"))
    @AttributeOverride(name = "name", column = @Column(name = "suspended_by_name"))
    private Actor suspendedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Provider() {
        // for JPA
    }

    /**
     * The online registration; {@code npwp} in its 16-digit form, the hashes keyed hashes of NPWP and NIK, the
     * reference the public code the provider reads its status with.
     */
    public static Provider register(String reference, String companyName, BusinessForm businessForm, String npwp,
            String npwpHash, String nib, String directorName, String directorNik, String directorNikHash, String email,
            String phone, String address, Instant now) {
        Provider provider = new Provider();
        provider.id = UUID.randomUUID();
        provider.registrationReference = reference;
        provider.companyName = companyName;
        provider.businessForm = businessForm;
        provider.npwp = npwp;
        provider.npwpHash = npwpHash;
        provider.nib = nib;
        provider.directorName = directorName;
        provider.directorNik = directorNik;
        provider.directorNikHash = directorNikHash;
        provider.email = email;
        provider.phone = phone;
        provider.address = address;
        provider.status = ProviderStatus.REGISTERED;
        provider.registeredAt = now;
        provider.updatedAt = now;
        return provider;
    }

    /** Only a registered provider comes for verification: an active one needs none, a suspended one may not. */
    public void requireVerifiable() {
        require(status == ProviderStatus.REGISTERED, Step.START_VERIFICATION);
    }

    /** An approved verification activates the provider's SPSE user ID. */
    public void activate(UUID verificationId, Instant now) {
        require(status == ProviderStatus.REGISTERED, Step.ACTIVATE);
        status = ProviderStatus.ACTIVE;
        activatedAt = now;
        activatedByVerification = verificationId;
        updatedAt = now;
    }

    /** An admin suspends the provider. */
    public void suspend(SuspensionReason reason, String note, Actor by, Instant now) {
        require(status != ProviderStatus.SUSPENDED, Step.SUSPEND);
        status = ProviderStatus.SUSPENDED;
        suspensionReason = reason;
        suspensionNote = note;
        suspendedBy = by;
        suspendedAt = now;
        updatedAt = now;
    }

    private void require(boolean allowed, Step step) {
        if (!allowed) {
            throw Refusals.invalidTransition(status, step);
        }
    }

    /** Written to in {@code language} ({@code id} or {@code en}), the registration's language. */
    public Provider writtenIn(String language) {
        this.language = "en".equals(language) ? "en" : "id";
        return this;
    }

    /** The language mails to the provider are written in: {@code id} or {@code en}. */
    public String language() {
        return language;
    }

    public UUID id() {
        return id;
    }

    /** The public registration reference; null for a provider registered before references existed. */
    public String registrationReference() {
        return registrationReference;
    }

    public String companyName() {
        return companyName;
    }

    public BusinessForm businessForm() {
        return businessForm;
    }

    public String npwp() {
        return npwp;
    }

    public String nib() {
        return nib;
    }

    public String directorName() {
        return directorName;
    }

    public String directorNik() {
        return directorNik;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public ProviderStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public UUID activatedByVerification() {
        return activatedByVerification;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public SuspensionReason suspensionReason() {
        return suspensionReason;
    }

    public String suspensionNote() {
        return suspensionNote;
    }

    /** The admin who suspended the provider; null unless suspended. */
    public Actor suspendedBy() {
        return suspendedBy;
    }
}
