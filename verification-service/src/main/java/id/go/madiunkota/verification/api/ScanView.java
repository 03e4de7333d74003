package id.go.madiunkota.verification.api;

import id.go.madiunkota.common.document.StoredDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scan attached to one document check of a verification.
 *
 * @param code the checklist item's code
 * @param document the stored scan (download it at {@code …/documents/{code}/scan})
 */
@Schema(name = "Scan")
public record ScanView(@Schema(example = "NIB") String code, StoredDocument document) {
}
