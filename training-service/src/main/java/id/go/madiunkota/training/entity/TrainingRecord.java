package id.go.madiunkota.training.entity;

import id.go.madiunkota.common.problem.DomainException;

/** What a 404 names, as a word of the caller's language ({@code enum.TrainingRecord.*}). */
public enum TrainingRecord {
    /** A training session. */
    SESSION,
    /** A registration for a session. */
    REGISTRATION,
    /** A certificate, by its code. */
    CERTIFICATE;

    /** The 404 for this kind of record with {@code id}. */
    public DomainException notFound(Object id) {
        return new DomainException(404, "not-found", this, id);
    }
}
