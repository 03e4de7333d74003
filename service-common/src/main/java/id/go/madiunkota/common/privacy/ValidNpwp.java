package id.go.madiunkota.common.privacy;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a valid {@link Npwp}: 15 digits (also written {@code 99.999.999.9-999.999}) or 16.
 * Null is valid (add {@code @NotNull} where the NPWP is required). The message never repeats the value.
 */
@Documented
@Constraint(validatedBy = ValidNpwp.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNpwp {

    String message() default "{id.go.madiunkota.validation.npwp}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text with {@link Npwp#isValid(String)}. */
    class Validator implements ConstraintValidator<ValidNpwp, CharSequence> {

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Npwp.isValid(text.toString());
        }
    }
}
