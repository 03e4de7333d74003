package id.go.madiunkota.common.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The REST side of documents, for the resources of every service: an uploaded {@code file} part opened as a stream
 * (refused when missing), and a stored document answered as a download.
 */
public final class DocumentUploads {

    /** The name of the multipart part that carries the file, on every upload route. */
    public static final String PART = "file";

    /** The OpenAPI description of the multipart body of every upload route. */
    public static final String BODY_DESCRIPTION = "multipart/form-data with one part `file`: a PDF, JPEG or PNG "
            + "(the type is read from the content, not from the name), at most madiun.documents.max-size (10 MiB)";

    private DocumentUploads() {
    }

    /**
     * The uploaded file and the name its uploader gave; the stream reads the temporary file Quarkus wrote (deleted
     * when the request ends).
     *
     * @throws DocumentRefusedException 400 when the body had no {@code file} part
     */
    public static Upload open(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw DocumentRefusedException.missing();
        }
        try {
            return new Upload(file.fileName(), Files.newInputStream(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be opened", e);
        }
    }

    /**
     * A download of {@code document}: its detected media type, {@code attachment} with a safe file name, and
     * {@code nosniff} so that no browser second-guesses the type.
     */
    public static Response download(DocumentContent download) {
        StoredDocument document = download.document();
        return Response.ok(download.content(), document.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, document.size())
                .header("Content-Disposition", SafeFileName.disposition(document.fileName(), document.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /**
     * One uploaded file, open for reading; close it (try-with-resources).
     *
     * @param declaredName the name the uploader gave, untrusted
     * @param content the bytes, untrusted
     */
    public record Upload(String declaredName, InputStream content) implements AutoCloseable {
        @Override
        public void close() {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
