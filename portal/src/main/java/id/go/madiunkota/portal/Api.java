package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.TreeMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's public JSON API for the pages that read and write more than the standard: a GET or POST with the
 * page's language ({@code Accept-Language}), the visitor's token when logged in, and an {@code Idempotency-Key} on
 * every write (a form sent twice by a double click files one request). A problem answer (4xx) comes back as an
 * {@link Answer} for the page to show next to its fields; an unreachable gateway or a 5xx is {@link Unavailable},
 * shown as the friendly 503 page.
 */
@ApplicationScoped
public class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;
    private final String gateway;

    public Api(ObjectMapper json, @ConfigProperty(name = "madiun.portal.gateway-url") String gateway) {
        this.json = json;
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    /** {@code GET path?query}; {@code token} may be null (anonymous). */
    public Answer get(String path, Map<String, ?> query, String language, String token) {
        return send(HttpRequest.newBuilder(uri(path, query)).GET(), language, token);
    }

    /** {@code POST path} with a JSON body and a fresh idempotency key unless the form carried one. */
    public Answer post(String path, Object body, String language, String token, String idempotencyKey) {
        return post(path, body, language, token, idempotencyKey, Map.of());
    }

    /** The same with headers of its own (the tracking code of an objection filed without an account). */
    public Answer post(String path, Object body, String language, String token, String idempotencyKey,
            Map<String, String> headers) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("a body that is no JSON", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, Map.of()))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey == null || idempotencyKey.isBlank()
                        ? UUID.randomUUID().toString() : idempotencyKey);
        headers.forEach(request::header);
        return send(request, language, token);
    }

    /** {@code POST path} with a text body of its own type (a decree as {@code text/csv}). */
    public Answer postText(String path, String text, String type, String language, String token,
            String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, Map.of()))
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .header("Content-Type", type + ";charset=UTF-8")
                .header("Idempotency-Key", idempotencyKey == null || idempotencyKey.isBlank()
                        ? UUID.randomUUID().toString() : idempotencyKey);
        return send(request, language, token);
    }

    /** {@code DELETE path?query}. */
    public Answer delete(String path, Map<String, ?> query, String language, String token) {
        return send(HttpRequest.newBuilder(uri(path, query)).DELETE(), language, token);
    }

    /**
     * {@code GET path} of a file (a letter or a released document), with headers of its own (the tracking code of a
     * visitor without an account). A 2xx answer is the file's bytes with its type and file name; a 4xx comes back with
     * no bytes, for the page to say what is missing; a 5xx or no answer is {@link Unavailable}.
     */
    public Download download(String path, String language, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, Map.of())).GET().timeout(TIMEOUT)
                .header("Accept", "application/pdf, image/png, image/jpeg, application/problem+json")
                .header("Accept-Language", "en".equals(language) ? "en" : "id");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpRequest built = request.build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable("GET " + built.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (response.statusCode() >= 500) {
            throw new Unavailable("GET " + built.uri().getPath() + " answered " + response.statusCode(), null);
        }
        boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
        return new Download(response.statusCode(), ok ? response.body() : new byte[0],
                response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                response.headers().firstValue("Content-Disposition").orElse(null));
    }

    private Answer send(HttpRequest.Builder request, String language, String token) {
        request.timeout(TIMEOUT).header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "en".equals(language) ? "en" : "id");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable(built.method() + " " + built.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (response.statusCode() >= 500) {
            throw new Unavailable(built.method() + " " + built.uri().getPath() + " answered "
                    + response.statusCode(), null);
        }
        JsonNode body;
        try {
            body = response.body().isBlank() ? MissingNode.getInstance() : json.readTree(response.body());
        } catch (IOException e) {
            throw new Unavailable(built.method() + " " + built.uri().getPath() + " answered no JSON", e);
        }
        return new Answer(response.statusCode(), body, response.headers().firstValue("Location").orElse(null));
    }

    private URI uri(String path, Map<String, ?> query) {
        StringBuilder uri = new StringBuilder(gateway).append(path);
        String separator = "?";
        // in the order of their names: Map.of iterates in an order that changes from one start to the next
        for (Map.Entry<String, ?> parameter : new TreeMap<>(query).entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return URI.create(uri.toString());
    }

    /** Escapes one path segment typed by a visitor (a tracking code): nothing of it can leave the segment. */
    public static String segment(String typed) {
        return URLEncoder.encode(typed == null ? "" : typed.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The gateway's answer: a status below 500, its JSON (a missing node when empty) and its Location. */
    public record Answer(int status, JsonNode body, String location) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A file from the gateway: its status, bytes (empty unless 2xx), type and {@code Content-Disposition}. */
    public record Download(int status, byte[] bytes, String type, String disposition) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The gateway could not be reached, or failed: the page answers 503 and asks to try again. */
    public static class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
