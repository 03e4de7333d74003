package id.go.madiunkota.ppid.entity;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants as their names separated by commas, in declaration order (null when empty). */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
