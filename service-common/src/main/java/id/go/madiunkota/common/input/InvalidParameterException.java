package id.go.madiunkota.common.input;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be read: answered 400 with the parameter named (a
 * {@link jakarta.ws.rs.WebApplicationException}, so that JAX-RS does not turn it into a 404 as it does with other
 * failures of a parameter converter). {@code messageKey} names the text in the message catalogues; {@code args} fill
 * it.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidParameterException(String parameter, String messageKey, Object... args) {
        super("invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The parameter's name as the caller wrote it. */
    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
