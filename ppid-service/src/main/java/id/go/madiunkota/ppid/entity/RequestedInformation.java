package id.go.madiunkota.ppid.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What is asked for, why, and how the applicant wants to obtain and receive it. */
@Embeddable
public class RequestedInformation {

    @Column(name = "information_requested", nullable = false)
    String details;

    @Column(name = "purpose", nullable = false)
    String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtain_method", nullable = false)
    ObtainMethod obtainMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "copy_format")
    CopyFormat copyFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    DeliveryMethod deliveryMethod;

    protected RequestedInformation() {
    }

    public RequestedInformation(String details, String purpose, ObtainMethod obtainMethod, CopyFormat copyFormat,
            DeliveryMethod deliveryMethod) {
        this.details = details;
        this.purpose = purpose;
        this.obtainMethod = obtainMethod;
        this.copyFormat = copyFormat;
        this.deliveryMethod = deliveryMethod;
    }

    public String details() {
        return details;
    }

    public String purpose() {
        return purpose;
    }

    public ObtainMethod obtainMethod() {
        return obtainMethod;
    }

    public CopyFormat copyFormat() {
        return copyFormat;
    }

    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }
}
