package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.input.DateRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter that must be a real calendar date {@code YYYY-MM-DD} from 1900 to 2200. Query parameters are taken
 * as text and
 * checked here because JAX-RS answers a parameter it cannot convert with 404, not 400 with the field named.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Validator.class)
public @interface IsoDate {

    String message() default "{id.go.madiunkota.ppid.rest.IsoDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Accepts null (leave that to {@code @NotNull}) and dates such as 2026-03-13 within the shared range of
     * {@link DateRules} (1900 to 2200); refuses 2026-02-30, 13-03-2026 or +999999999-12-31.
     */
    class Validator implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || DateRules.date(value).value().isPresent();
        }
    }
}
