package id.go.madiunkota.common.privacy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.Convert;
import jakarta.persistence.Converts;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stops the service at startup when its personal-data keys are wrong: a configured key that is malformed, only one of
 * the two keys, or no keys while an entity has a column with {@link EncryptedStringConverter}. Hibernate creates
 * converters only when it first needs one, so without this check a missing key would surface at the first request.
 */
@ApplicationScoped
class PrivacyStartupCheck {

    void check(@Observes StartupEvent event, PersonalDataCipher cipher, Instance<EntityManagerFactory> factories) {
        // Building the cipher has checked the keys that are configured.
        if (!factories.isResolvable()) {
            return;
        }
        List<String> encrypted = encryptedAttributes(factories.get().getMetamodel().getManagedTypes().stream()
                .<Class<?>>map(ManagedType::getJavaType).toList());
        if (!encrypted.isEmpty()) {
            cipher.requireKeys(String.join(", ", encrypted) + " stored encrypted");
        }
    }

    /** The attributes of entities and embeddables, as {@code Class.member}, mapped with the encrypting converter. */
    static List<String> encryptedAttributes(List<Class<?>> types) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : types) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Class<?> owner = c;
                Stream.concat(Arrays.stream(c.getDeclaredFields()), Arrays.stream(c.getDeclaredMethods()))
                        .filter(PrivacyStartupCheck::isEncrypted)
                        .map(member -> owner.getSimpleName() + "." + ((Member) member).getName())
                        .forEach(found::add);
            }
        }
        return found.stream().distinct().toList();
    }

    private static boolean isEncrypted(AnnotatedElement member) {
        Convert single = member.getAnnotation(Convert.class);
        Converts many = member.getAnnotation(Converts.class);
        return Stream.concat(Stream.ofNullable(single), many == null ? Stream.empty() : Arrays.stream(many.value()))
                .anyMatch(convert -> convert.converter() == EncryptedStringConverter.class);
    }
}
