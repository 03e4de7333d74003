package id.go.madiunkota.common.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the parameters of every endpoint that are dates, date-times or enums, so that a bad value is a 400 naming
 * the parameter instead of the 404 JAX-RS gives by default: dates and date-times must be ISO 8601 and lie within
 * {@link DateRules}; an enum must be one of its constants, written exactly; an {@code int} or {@code Integer} must be
 * a whole number that fits it.
 */
@Provider
public class BoundedParamConverters implements ParamConverterProvider {

    private static final Set<Class<?>> DATE_TYPES =
            Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, Instant.class);

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (DATE_TYPES.contains(rawType)) {
            return new DateConverter<>(rawType, nameOf(annotations));
        }
        if (rawType.isEnum()) {
            return new EnumConverter(rawType, nameOf(annotations));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumberConverter(nameOf(annotations), rawType.isPrimitive());
        }
        return null;
    }

    /** The parameter's name from its JAX-RS annotation, as the caller writes it. */
    static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                switch (annotation) {
                    case QueryParam query -> { return query.value(); }
                    case PathParam path -> { return path.value(); }
                    case HeaderParam header -> { return header.value(); }
                    case FormParam form -> { return form.value(); }
                    case MatrixParam matrix -> { return matrix.value(); }
                    case CookieParam cookie -> { return cookie.value(); }
                    default -> { }
                }
            }
        }
        return "parameter";
    }

    private record DateConverter<T>(Class<T> type, String name) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            DateRules.Parsed<T> parsed = DateRules.dateTime(value, type);
            return parsed.value().orElseThrow(() -> new InvalidParameterException(name,
                    parsed.problem().orElse(DateRules.NOT_A_DATE)));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    /** An {@code int} has no "absent": a blank value is refused; an {@code Integer} is then null. */
    private record WholeNumberConverter(String name, boolean primitive) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            if ((value == null || value.isBlank()) && !primitive) {
                return null;
            }
            if (value == null) {
                throw new InvalidParameterException(name, "input.whole-number");
            }
            String text = value.strip();
            if (!text.matches("[+-]?\\d{1,10}")) {
                throw new InvalidParameterException(name, "input.whole-number");
            }
            long number = Long.parseLong(text);
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new InvalidParameterException(name, "input.whole-number");
            }
            return (int) number;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
            throw new InvalidParameterException(name, "input.enum", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
