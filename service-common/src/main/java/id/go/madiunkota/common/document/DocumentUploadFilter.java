package id.go.madiunkota.common.document;

import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a multipart upload whose declared {@code Content-Length} is already past the document limit (plus room for
 * the multipart framing) with a 413 problem, before a byte of its body is read or written to a temporary file. A body
 * sent without a length is bounded by {@code quarkus.http.limits.max-body-size} and, part by part, by the count that
 * {@link DocumentStore#store} keeps while reading.
 */
public class DocumentUploadFilter {

    /** What a multipart body may carry beyond the document itself: boundaries, part headers. */
    public static final long MULTIPART_ALLOWANCE = 64 * 1024;

    private final DocumentConfig config;
    private final Messages messages;

    public DocumentUploadFilter(DocumentConfig config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 50)
    public Optional<Response> check(HttpHeaders headers, UriInfo uri) {
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return Optional.empty();
        }
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || declared(length) <= config.maxSize() + MULTIPART_ALLOWANCE) {
            return Optional.empty();
        }
        DocumentRefusedException refusal = DocumentRefusedException.tooLarge(config.maxSize());
        Locale locale = messages.localeOf(headers);
        return Optional.of(Response.fromResponse(ProblemMappers.problem(413, refusal.code(),
                        messages.text(locale, "title." + refusal.code()),
                        messages.text(locale, refusal.code(), refusal.args()), uri, List.of()))
                .header("Connection", "close").build());
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
