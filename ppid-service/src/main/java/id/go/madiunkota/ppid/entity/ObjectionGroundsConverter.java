package id.go.madiunkota.ppid.entity;

import jakarta.persistence.Converter;

/** Stores the grounds of an objection. */
@Converter
public class ObjectionGroundsConverter extends EnumSetConverter<ObjectionGround> {

    public ObjectionGroundsConverter() {
        super(ObjectionGround.class);
    }
}
