package id.go.madiunkota.helpdesk.entity;

import id.go.madiunkota.common.problem.DomainException;

/** The kinds of record a caller may ask for by id; a 404 names the kind by its word {@code enum.RecordKind.*}. */
public enum RecordKind {
    CONSULTATION, CALLBACK, COMPLAINT, TRACKING_CODE;

    /** No record of this kind with {@code id}, or none the caller may know of. */
    public DomainException notFound(Object id) {
        return new DomainException(404, "not-found", this, id);
    }

    /** The {@code step} is not allowed while the record is in {@code status}. */
    public static DomainException refused(Enum<?> status, Step step) {
        return new DomainException(409, "invalid-transition", status, step);
    }
}
