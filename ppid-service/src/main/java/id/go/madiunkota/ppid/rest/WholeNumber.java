package id.go.madiunkota.ppid.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter that must be a whole number from {@link #min()} to {@link #max()}. Taken as text and checked here
 * because JAX-RS answers a parameter it cannot convert with 404, not 400 with the field named.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    String message() default "{id.go.madiunkota.ppid.rest.WholeNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The smallest value allowed. */
    long min();

    /** The largest value allowed. */
    long max();

    /** Accepts null (leave that to {@code @NotNull}) and digits with an optional minus sign within the range. */
    class Validator implements ConstraintValidator<WholeNumber, String> {

        private long min;
        private long max;

        @Override
        public void initialize(WholeNumber annotation) {
            this.min = annotation.min();
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!value.matches("-?\\d{1,18}")) {
                return false;
            }
            long number = Long.parseLong(value);
            return number >= min && number <= max;
        }
    }
}
