package id.go.madiunkota.common.problem;

/**
 * A rule of the domain refused what was asked. Services throw it; {@link ProblemMappers} turns it into problem+json.
 * The {@code code} names a message in {@code messages/problems*.properties}; {@code args} fill its placeholders.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;

    public DomainException(int status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args.clone();
    }

    /** The entity asked for does not exist, or the caller may not know that it exists. */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(404, "not-found", what, id);
    }

    /** The entity is in a state that does not allow the move asked for. */
    public static DomainException invalidTransition(String from, String action) {
        return new DomainException(409, "invalid-transition", from, action);
    }

    /** A conflict with existing data other than a state move, such as a duplicate. */
    public static DomainException conflict(String code, Object... args) {
        return new DomainException(409, code, args);
    }

    /** Input that is well-formed but breaks a business rule. */
    public static DomainException unprocessable(String code, Object... args) {
        return new DomainException(422, code, args);
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
