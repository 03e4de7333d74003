package id.go.madiunkota.common.document;

import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.ProblemMappers;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A multipart body that cannot be parsed (cut off, a boundary that never comes, a part without headers) fails with an
 * {@link IOException} in Quarkus's multipart reader before any endpoint runs: that is the caller's input, a 400
 * problem, not an error of the service. Any other I/O failure stays an unexpected error.
 */
public class DocumentProblemMappers {

    private final Messages messages;

    public DocumentProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response unreadable(IOException e, HttpHeaders headers, UriInfo uri) {
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return new ProblemMappers(messages).unexpected(e, headers, uri);
        }
        Locale locale = messages.localeOf(headers);
        return ProblemMappers.problem(400, "multipart-malformed", messages.text(locale, "title.multipart-malformed"),
                messages.text(locale, "multipart-malformed"), uri, List.of());
    }
}
