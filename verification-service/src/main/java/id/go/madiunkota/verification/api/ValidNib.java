package id.go.madiunkota.verification.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The annotated text is an NIB (Nomor Induk Berusaha) as the OSS issues it: 13 digits, not all zeros. Null is valid.
 * The message never repeats the value.
 */
@Documented
@Constraint(validatedBy = ValidNib.Validator.class)
@Target({METHOD, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNib {

    String message() default "{id.go.madiunkota.verification.api.ValidNib.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a text with {@link #isValid(String)}. */
    class Validator implements ConstraintValidator<ValidNib, CharSequence> {

        private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || isValid(text.toString());
        }

        /** 13 digits, not all zeros. */
        public static boolean isValid(String text) {
            return text != null && THIRTEEN_DIGITS.matcher(text).matches() && !text.chars().allMatch(c -> c == '0');
        }
    }
}
