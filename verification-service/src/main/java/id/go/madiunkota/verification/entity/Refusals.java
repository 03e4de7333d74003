package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.problem.DomainException;

/**
 * The refusals of this service whose message names a thing or a state: the enum constants go in as message arguments,
 * so that the answer shows them as words of the caller's language, never as codes.
 */
public final class Refusals {

    private Refusals() {
    }

    /** 404: no {@code kind} with {@code id}. */
    public static DomainException notFound(RecordKind kind, Object id) {
        return new DomainException(404, "not-found", kind, id);
    }

    /** 409: {@code step} is not allowed in {@code status}. */
    static DomainException invalidTransition(Enum<?> status, Step step) {
        return new DomainException(409, "invalid-transition", status, step);
    }
}
