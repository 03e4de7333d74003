package id.go.madiunkota.ppid.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who asks, as on the Komisi Informasi standard form. NIK, address and phone are encrypted in the database; the NIK
 * is looked up by its keyed hash only.
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    ApplicantType type;

    @Column(name = "applicant_name", nullable = false)
    String name;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "applicant_nik")
    String nik;

    @Column(name = "applicant_nik_hash")
    String nikHash;

    @Column(name = "applicant_legal_entity_no")
    String legalEntityNumber;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "applicant_address", nullable = false)
    String address;

    @Column(name = "applicant_occupation")
    String occupation;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "applicant_phone")
    String phone;

    @Column(name = "applicant_email")
    String email;

    @Column(name = "representative_name")
    String representativeName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "representative_nik")
    String representativeNik;

    @Column(name = "representative_authority")
    String representativeAuthority;

    protected Applicant() {
    }

    /** A person or organisation; {@code nikHash} is the keyed hash of {@code nik} (null for an organisation). */
    public static Applicant of(ApplicantType type, String name, String nik, String nikHash, String legalEntityNumber,
            String address, String occupation, String phone, String email) {
        Applicant applicant = new Applicant();
        applicant.type = type;
        applicant.name = name;
        applicant.nik = nik;
        applicant.nikHash = nikHash;
        applicant.legalEntityNumber = legalEntityNumber;
        applicant.address = address;
        applicant.occupation = occupation;
        applicant.phone = phone;
        applicant.email = email;
        return applicant;
    }

    /** Someone acting for the applicant under a power of attorney (surat kuasa). */
    public Applicant representedBy(String name, String nik, String authority) {
        this.representativeName = name;
        this.representativeNik = nik;
        this.representativeAuthority = authority;
        return this;
    }

    public ApplicantType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String nik() {
        return nik;
    }

    public String legalEntityNumber() {
        return legalEntityNumber;
    }

    public String address() {
        return address;
    }

    public String occupation() {
        return occupation;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String representativeName() {
        return representativeName;
    }

    public String representativeNik() {
        return representativeNik;
    }

    public String representativeAuthority() {
        return representativeAuthority;
    }
}
