package id.go.madiunkota.training.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import id.go.madiunkota.common.privacy.Nik;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * Who registered: name, NIK, NIP, phone and e-mail are personal data, encrypted at rest and never logged or published.
 * The person is identified by the keyed hash of their NIP (an official) or NIK (a provider's participant): the same
 * person holds at most one place, or one waitlist position, in a session.
 */
@Embeddable
public class Participant {

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_type", nullable = false, updatable = false)
    private Audience type;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "participant_name", nullable = false, updatable = false)
    private String name;
    @Column(nullable = false, updatable = false)
    private String organization;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String nip;
    @Column(name = "nip_hash", updatable = false)
    private String nipHash;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String nik;
    @Column(name = "nik_hash", updatable = false)
    private String nikHash;
    @Column(name = "provider_id", updatable = false)
    private UUID providerId;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String phone;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String email;
    @Column(nullable = false, updatable = false)
    private String language = "id";

    protected Participant() {
        // for JPA
    }

    public Participant(Audience type, String name, String organization, String nip, String nipHash, String nik,
            String nikHash, UUID providerId, String phone, String email) {
        this.type = type;
        this.name = name;
        this.organization = organization;
        this.nip = nip;
        this.nipHash = nipHash;
        this.nik = nik;
        this.nikHash = nikHash;
        this.providerId = providerId;
        this.phone = phone;
        this.email = email;
    }

    /** The same person, for a repeat registration. */
    public Participant copy() {
        return new Participant(type, name, organization, nip, nipHash, nik, nikHash, providerId, phone, email)
                .writtenIn(language);
    }

    /** Written to in {@code language} ({@code id} or {@code en}), the registration's language. */
    public Participant writtenIn(String language) {
        this.language = "en".equals(language) ? "en" : "id";
        return this;
    }

    /** The language mails to the participant are written in: {@code id} or {@code en}. */
    public String language() { return language; }

    public Audience type() { return type; }
    public String name() { return name; }
    public String organization() { return organization; }
    public String nip() { return nip; }
    public String nipHash() { return nipHash; }
    public String nik() { return nik; }
    public String nikHash() { return nikHash; }

    /** The keyed hash that identifies the person: the NIP's for an official, else the NIK's; null if neither. */
    public String identityHash() {
        return nipHash != null ? nipHash : nikHash;
    }

    /** The NIK as answers may show it (first and last digits), or null for an official. */
    public String nikMasked() {
        return nik == null ? null : new Nik(nik).masked();
    }

    public UUID providerId() { return providerId; }
    public String phone() { return phone; }
    public String email() { return email; }
}
