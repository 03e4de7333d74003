package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.problem.DomainException;

/** What a 404 of ppid-service names, as a word of the answer's language ({@code enum.Missing.*}). */
public enum Missing {
    REQUEST, OBJECTION, GUEST_BOOK_ENTRY, TRACKING_CODE;

    /** The 404 for the {@code id} asked for: it does not exist, or the caller may not know that it exists. */
    public DomainException notFound(Object id) {
        return new DomainException(404, "not-found", this, id);
    }
}
