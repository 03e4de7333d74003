package id.go.madiunkota.common.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person with encrypted NIK and NPWP and a NIK lookup hash, mapped as a service would map one. Tests only. */
@Entity
@Table(name = "privacy_test_person")
public class TestPerson {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String nik;

    @Column(name = "nik_hash", nullable = false)
    private String nikHash;

    @Convert(converter = EncryptedStringConverter.class)
    private String npwp;

    protected TestPerson() {
        // for JPA
    }

    public TestPerson(String name, Nik nik, String nikHash, Npwp npwp) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.nik = nik.value();
        this.nikHash = nikHash;
        this.npwp = npwp == null ? null : npwp.value();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Nik nik() {
        return new Nik(nik);
    }

    public Npwp npwp() {
        return npwp == null ? null : new Npwp(npwp);
    }
}
