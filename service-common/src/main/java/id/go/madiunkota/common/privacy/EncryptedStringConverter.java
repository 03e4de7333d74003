package id.go.madiunkota.common.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal-data column encrypted ({@code v1:…}, see {@link PersonalDataCipher}) and reads it back in plain
 * text. Applied per column, never automatically: {@code @Convert(converter = EncryptedStringConverter.class)} on a
 * {@code String} field of a {@code text} column (the stored form is longer than the value). Equality searches go
 * through a lookup-hash column beside it, since the same value encrypts differently each time.
 * <p>
 * A CDI bean with the cipher injected: Quarkus makes attribute converters found in the index (this module's included)
 * beans and gives Hibernate ORM the bean, in an entity or an embeddable alike. A service with such a column and no keys
 * does not start (see {@link PrivacyStartupCheck}).
 */
@Converter(autoApply = false)
@Dependent
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedStringConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
