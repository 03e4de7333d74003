package id.go.madiunkota.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A filled-in instance of any payload record, every component set (none null), for codec and schema tests. */
final class EventSamples {

    /** The scalar component types a payload may use (besides {@code List<String>}): enums travel as strings. */
    static final Set<Class<?>> SCALAR_TYPES = Set.of(UUID.class, String.class, LocalDate.class, Instant.class,
            int.class, boolean.class);

    private EventSamples() {
    }

    /** An instance of {@code payloadClass} whose every component has a non-null sample value. */
    static <P extends EventPayload> P sampleOf(Class<P> payloadClass) {
        RecordComponent[] components = payloadClass.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(components[i]);
        }
        try {
            return payloadClass.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample of " + payloadClass.getName(), e);
        }
    }

    private static Object sampleValue(RecordComponent component) {
        Class<?> type = component.getType();
        String name = component.getName();
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        } else if (type == String.class) {
            return "sample-" + name;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 16);
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-16T02:30:15.250Z");
        } else if (type == int.class) {
            return 3;
        } else if (type == boolean.class) {
            return true;
        } else if (type == List.class) {
            return List.of("first-" + name, "second-" + name);
        }
        throw new IllegalArgumentException(component + " has a type no event payload may use: " + type.getName());
    }

    /** Whether a component's generic type is one of {@link #SCALAR_TYPES} or exactly {@code List<String>}. */
    static boolean isAllowed(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType() == List.class
                    && parameterized.getActualTypeArguments().length == 1
                    && parameterized.getActualTypeArguments()[0] == String.class;
        }
        return type instanceof Class<?> raw && SCALAR_TYPES.contains(raw);
    }
}
