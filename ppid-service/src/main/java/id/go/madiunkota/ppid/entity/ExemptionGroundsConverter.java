package id.go.madiunkota.ppid.entity;

import jakarta.persistence.Converter;

/** Stores the exemption grounds of a decision. */
@Converter
public class ExemptionGroundsConverter extends EnumSetConverter<ExemptionGround> {

    public ExemptionGroundsConverter() {
        super(ExemptionGround.class);
    }
}
