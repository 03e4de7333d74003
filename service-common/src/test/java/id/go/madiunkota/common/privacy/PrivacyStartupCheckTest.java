package id.go.madiunkota.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Convert;
import jakarta.persistence.Converts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyStartupCheckTest {

    @Test
    void findsTheEncryptedAttributesOfEntitiesAndEmbeddablesWithTheirSuperclasses() {
        assertThat(PrivacyStartupCheck.encryptedAttributes(List.of(Person.class, Address.class)))
                .containsExactlyInAnyOrder("Person.nik", "Base.phone", "Address.street", "Address.getPostCode");
    }

    @Test
    void findsNothingWithoutTheConverter() {
        assertThat(PrivacyStartupCheck.encryptedAttributes(List.of(Plain.class))).isEmpty();
    }

    static class Base {
        @Convert(converter = EncryptedStringConverter.class)
        String phone;
    }

    static class Person extends Base {
        @Convert(converter = EncryptedStringConverter.class)
        String nik;
        String name;
    }

    static class Address {
        @Converts(@Convert(converter = EncryptedStringConverter.class))
        String street;

        @Convert(converter = EncryptedStringConverter.class)
        String getPostCode() {
            return null;
        }
    }

    static class Plain {
        @Convert(converter = OtherConverter.class)
        String code;
    }

    static class OtherConverter implements jakarta.persistence.AttributeConverter<String, String> {
        @Override
        public String convertToDatabaseColumn(String attribute) {
            return attribute;
        }

        @Override
        public String convertToEntityAttribute(String dbData) {
            return dbData;
        }
    }
}
