package id.go.madiunkota.ppid.api;

import id.go.madiunkota.common.document.StoredDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document of an information request.
 *
 * @param kind {@code power-of-attorney} (the representative's surat kuasa) or {@code released} (information the PPID
 *     released with its decision or delivery)
 * @param document the stored file (download it at {@code /requests/{id}/documents/{documentId}})
 */
@Schema(name = "RequestDocument")
public record RequestDocumentView(@Schema(example = "released") String kind, StoredDocument document) {
}
