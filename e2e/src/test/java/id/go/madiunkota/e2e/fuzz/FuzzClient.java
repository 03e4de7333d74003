package id.go.madiunkota.e2e.fuzz;

import id.go.madiunkota.e2e.support.Matrix;
import id.go.madiunkota.e2e.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends variants to the gateway over HTTP/1.1 with keep-alive (one {@link HttpClient} for the run), without a token
 * or with the caller's real token. A 429 is waited out (Retry-After) and the variant sent again, as the access matrix
 * does.
 */
public final class FuzzClient {

    /** The caller without a token. */
    public static final String ANONYMOUS = "anonymous";

    /** What came back: status, Content-Type and body, or the failure that left no answer (status 0). */
    public record Answer(int status, String contentType, String body, String failure) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String gatewayUrl;
    private final HttpClient http;
    private final LongAdder resentCount = new LongAdder();

    public FuzzClient(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code variant} as {@code caller} (a demo user, or {@link #ANONYMOUS}). */
    public Answer send(Variant variant, String caller) {
        HttpRequest request;
        try {
            request = request(variant, caller);
        } catch (IllegalArgumentException e) {
            return new Answer(0, "", "", "the variant cannot be sent by java.net.http: " + e.getMessage());
        }
        boolean resent = false;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 429 && attempt < Matrix.MAX_ATTEMPTS) {
                    Matrix.Call.waitOut(response.headers().firstValue("Retry-After").orElse(null));
                    continue;
                }
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        new String(response.body(), StandardCharsets.UTF_8), null);
            } catch (HttpTimeoutException e) {
                return new Answer(0, "", "", "no answer within " + TIMEOUT.toSeconds() + " s");
            } catch (IOException e) {
                // A kept-alive connection the gateway closed meanwhile (it closes one after answering before the
                // body was read): sent once more on a new connection; a variant that breaks the connection itself
                // fails again and is reported.
                if (!resent) {
                    resent = true;
                    resentCount.increment();
                    continue;
                }
                return new Answer(0, "", "", "no answer, twice: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, "", "", "interrupted");
            }
        }
    }

    /** How many variants were sent a second time after a connection closed without an answer. */
    public long resent() {
        return resentCount.sum();
    }

    private HttpRequest request(Variant variant, String caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gatewayUrl + variant.target()))
                .timeout(TIMEOUT)
                .method(variant.method(), variant.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(variant.body()));
        for (Map.Entry<String, String> header : variant.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        if (!caller.equals(ANONYMOUS)) {
            builder.header("Authorization", "Bearer " + Tokens.of(caller));
        }
        return builder.build();
    }
}
