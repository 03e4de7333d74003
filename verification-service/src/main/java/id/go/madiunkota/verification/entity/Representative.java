package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * Who comes for the provider, with a power of attorney. The NIK is stored encrypted; {@code nikHash} is its keyed
 * hash, so that it can be found without decrypting.
 */
@Embeddable
public class Representative {

    @Column(name = "representative_name")
    private String name;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "representative_nik")
    private String nik;
    @Column(name = "representative_nik_hash")
    private String nikHash;
    @Column(name = "power_of_attorney")
    private String powerOfAttorney;

    protected Representative() {
    }

    public Representative(String name, String nik, String nikHash, String powerOfAttorney) {
        this.name = name;
        this.nik = nik;
        this.nikHash = nikHash;
        this.powerOfAttorney = powerOfAttorney;
    }

    public String name() {
        return name;
    }

    public String nik() {
        return nik;
    }

    public String nikHash() {
        return nikHash;
    }

    public String powerOfAttorney() {
        return powerOfAttorney;
    }
}
