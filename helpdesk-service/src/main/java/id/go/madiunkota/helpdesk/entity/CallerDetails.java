package id.go.madiunkota.helpdesk.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who consults, as the agent records it; the phone number is encrypted in the database. */
@Embeddable
public class CallerDetails {

    @Column(name = "caller_name", nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_role", nullable = false)
    CallerRole role;

    @Column(name = "caller_organization")
    String organization;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "caller_phone")
    String phone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "caller_email")
    String email;

    protected CallerDetails() {
    }

    public CallerDetails(String name, CallerRole role, String organization, String phone) {
        this(name, role, organization, phone, null);
    }

    /** With the e-mail address a scheduled callback is announced to. */
    public CallerDetails(String name, CallerRole role, String organization, String phone, String email) {
        this.name = name;
        this.role = role;
        this.organization = organization;
        this.phone = phone;
        this.email = email;
    }

    public String name() {
        return name;
    }

    public CallerRole role() {
        return role;
    }

    public String organization() {
        return organization;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
