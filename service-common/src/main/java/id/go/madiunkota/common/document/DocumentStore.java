package id.go.madiunkota.common.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a service keeps the documents uploaded to its records: one interface, so that the PostgreSQL table of
 * {@link PostgresDocumentStore} can give way to an object store (see the module README) without a service changing.
 * Every call joins the caller's transaction when there is one, so a document and the record change it belongs to are
 * kept or dropped together.
 */
public interface DocumentStore {

    /**
     * Reads {@code content} (up to the configured limit, counting as it goes), checks what it is from its bytes, and
     * stores it under {@code owner}.
     *
     * @param declaredName the file name the uploader gave (kept, made safe, for the download's name only)
     * @throws DocumentRefusedException empty (400), larger than the limit (413), not a PDF, JPEG or PNG (415)
     */
    StoredDocument store(String owner, String declaredName, InputStream content, String createdBy);

    /** The document's metadata, if it exists. */
    Optional<StoredDocument> find(UUID id);

    /** The documents of one owner, oldest first. */
    List<StoredDocument> list(String owner);

    /** The documents whose owner starts with {@code prefix} (all those of one record), oldest first. */
    List<StoredDocument> listUnder(String prefix);

    /** The document's content as a stream, if it exists. The caller closes it. */
    Optional<InputStream> open(UUID id);

    /** The document with its content, if it exists. */
    default Optional<DocumentContent> read(UUID id) {
        return find(id).flatMap(document -> open(id).map(content -> new DocumentContent(document, content)));
    }

    /** Deletes one document; false when there was none. */
    boolean delete(UUID id);

    /** Deletes every document of one owner; answers how many. */
    int deleteAll(String owner);
}
