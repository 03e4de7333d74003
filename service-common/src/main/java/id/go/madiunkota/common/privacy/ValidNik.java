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
 * The annotated text is a valid {@link Nik}: exactly 16 digits with a known province, a real birth date and a serial.
 * Null is valid (add {@code @NotNull} where the NIK is required). The message never repeats the value.
 */
@Documented
@Constraint(validatedBy = ValidNik.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNik {

    String message() default "{id.go.madiunkota.validation.nik}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text with {@link Nik#isValid(String)}. */
    class Validator implements ConstraintValidator<ValidNik, CharSequence> {

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Nik.isValid(text.toString());
        }
    }
}
