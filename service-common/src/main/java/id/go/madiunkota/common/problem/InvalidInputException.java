package id.go.madiunkota.common.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passed the per-field checks but breaks a rule across fields (such as "a person needs a NIK"): answered
 * 400 like any validation problem, with the fields named. Values are message keys of the service's bundle.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> messageKeysByField;

    public InvalidInputException(Map<String, String> messageKeysByField) {
        super("invalid input: " + messageKeysByField.keySet());
        this.messageKeysByField = new LinkedHashMap<>(messageKeysByField);
    }

    /** One invalid field. */
    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> messageKeysByField() {
        return Map.copyOf(messageKeysByField);
    }
}
