package id.go.madiunkota.common.document;

import id.go.madiunkota.common.problem.DomainException;

/**
 * An upload that is not taken in (nothing of it is kept), or a document that is not there. Answered as problem+json
 * like every domain refusal.
 */
public class DocumentRefusedException extends DomainException {

    private DocumentRefusedException(int status, String code, Object... args) {
        super(status, code, args);
    }

    /** No {@code file} part in the multipart body. */
    public static DocumentRefusedException missing() {
        return new DocumentRefusedException(400, "document-missing");
    }

    /** A file of zero bytes. */
    public static DocumentRefusedException empty() {
        return new DocumentRefusedException(400, "document-empty");
    }

    /** Larger than the limit; {@code limit} in bytes. */
    public static DocumentRefusedException tooLarge(long limit) {
        return new DocumentRefusedException(413, "document-too-large", megabytes(limit));
    }

    /** Not a PDF, JPEG or PNG by its bytes, whatever its name said. */
    public static DocumentRefusedException unsupportedType(String detected) {
        return new DocumentRefusedException(415, "document-type", detected);
    }

    /** No such document on the record asked about (or the caller may not know of it). */
    public static DocumentRefusedException notFound(Object id) {
        return new DocumentRefusedException(404, "document-not-found", id);
    }

    /** The limit in whole or decimal mebibytes, for the message: "10", "0.25". */
    static String megabytes(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? Long.toString((long) mib) : String.format(java.util.Locale.ROOT, "%.2f", mib);
    }
}
