package id.go.madiunkota.common.document;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of every upload body (multipart/form-data), for {@code @RequestBody}; the resources themselves
 * take the part as a {@code FileUpload}.
 *
 * @param file the document: a PDF, JPEG or PNG, at most {@code madiun.documents.max-size}
 */
@Schema(name = "DocumentUpload", description = DocumentUploads.BODY_DESCRIPTION, requiredProperties = "file")
public record UploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", example = "akta-pendirian.pdf",
                description = "The file; its name is kept for the download, its type is read from its content")
        String file) {
}
