package id.go.madiunkota.common.document;

import java.io.InputStream;

/**
 * A stored document with its content open for reading, as a download answers it.
 *
 * @param document its metadata
 * @param content its bytes; whoever receives it closes it (a REST answer does)
 */
public record DocumentContent(StoredDocument document, InputStream content) {
}
