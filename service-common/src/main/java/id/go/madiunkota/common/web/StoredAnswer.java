package id.go.madiunkota.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The answer to the first request with a key, as replayed to its repetitions.
 *
 * @param status the HTTP status, a 2xx
 * @param body the body as sent, or null when there was none
 * @param contentType the Content-Type header, or null without a body
 * @param location the Location header, or null
 */
record StoredAnswer(int status, String body, String contentType, String location) {

    /**
     * The answer as the caller receives it, taken in a response filter, before it is written: a JSON entity is
     * written with the same ObjectMapper the endpoints' writer uses. Empty when it cannot be replayed (a file, a
     * stream, another media type).
     */
    static Optional<StoredAnswer> of(ContainerResponseContext response, ObjectMapper mapper) {
        Object entity = response.getEntity();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (entity == null) {
            return Optional.of(new StoredAnswer(response.getStatus(), null, null, location));
        }
        MediaType type = response.getMediaType();
        if (entity instanceof String text) {
            return Optional.of(new StoredAnswer(response.getStatus(), text,
                    withCharset(type == null ? MediaType.TEXT_PLAIN_TYPE : type), location));
        }
        // No media type yet: the endpoint returns a Response and the writer will pick JSON, as every endpoint here.
        boolean json = type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        if (!json || entity instanceof byte[] || entity instanceof InputStream || entity instanceof StreamingOutput
                || entity instanceof File || entity instanceof Path) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredAnswer(response.getStatus(), mapper.writeValueAsString(entity),
                    withCharset(type == null ? MediaType.APPLICATION_JSON_TYPE : type), location));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    // The writer adds UTF-8 after the filters have run; the replay says the same.
    private static String withCharset(MediaType type) {
        return (type.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? type : type.withCharset("UTF-8"))
                .toString();
    }
}
