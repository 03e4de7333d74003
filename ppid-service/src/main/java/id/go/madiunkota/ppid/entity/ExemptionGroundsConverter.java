package id.go.madiunkota.ppid.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of exemption grounds as their names separated by commas, in the order of the law. */
@Converter
public class ExemptionGroundsConverter implements AttributeConverter<Set<ExemptionGround>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExemptionGround> grounds) {
        return grounds == null || grounds.isEmpty() ? null
                : grounds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ExemptionGround> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(ExemptionGround.class);
        }
        return Arrays.stream(column.split(",")).map(ExemptionGround::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExemptionGround.class)));
    }
}
