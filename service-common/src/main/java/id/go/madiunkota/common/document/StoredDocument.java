package id.go.madiunkota.common.document;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is known of a stored document, without its content.
 *
 * @param id the document's id
 * @param owner the record it belongs to, such as {@code verification:<id>:NIB}; never shown to callers
 * @param fileName the file name the uploader gave, made safe (no path, no control characters)
 * @param mediaType detected from the content: {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param size the content's length in bytes
 * @param sha256 the content's SHA-256, hexadecimal
 * @param createdAt when it was stored
 * @param createdBy who stored it: a token subject, or {@code anonymous}
 */
@Schema(name = "Document", description = "A stored document (metadata; the content is downloaded separately)")
public record StoredDocument(
        @Schema(example = "0b0f7c3e-4a55-4a8b-9f43-2d1c8f0e6a11") UUID id,
        @Schema(hidden = true) String owner,
        @Schema(example = "akta-pendirian.pdf") String fileName,
        @Schema(example = "application/pdf") String mediaType,
        @Schema(example = "482133") long size,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "2026-03-13T09:00:00Z") Instant createdAt,
        @Schema(hidden = true) String createdBy) {
}
