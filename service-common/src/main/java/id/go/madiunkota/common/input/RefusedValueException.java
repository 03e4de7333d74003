package id.go.madiunkota.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that is well-formed but not accepted (a control character in a text, a date outside
 * {@link DateRules}); the problem mapper names its field with the message {@link #messageKey()}.
 */
public class RefusedValueException extends InvalidFormatException {

    private final String messageKey;

    public RefusedValueException(JsonParser parser, String messageKey, Class<?> targetType) {
        // The value itself is not kept: it may be personal data.
        super(parser, "refused value: " + messageKey, null, targetType);
        this.messageKey = messageKey;
    }

    /** The catalogue key of the text that says what is wrong. */
    public String messageKey() {
        return messageKey;
    }
}
