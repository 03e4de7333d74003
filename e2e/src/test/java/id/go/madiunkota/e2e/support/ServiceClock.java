package id.go.madiunkota.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Moves one application's clock through its management interface ({@code PUT /clock}; the applications of
 * {@code ./suite test} and {@code ./suite up} run with {@code madiun.clock.movable}), so that a story can reach a day
 * that lies ahead, such as a training session's own day. Always put the clock back ({@link #putBack}).
 */
public final class ServiceClock {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceClock() {
    }

    /** {@code app}'s clock reads {@code at} from now on, and runs on. */
    public static void moveTo(String app, OffsetDateTime at) {
        String answer = send(app, HttpRequest.newBuilder(uri(app)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"at\": \"" + at + "\"}")));
        assertThat(answer).as("%s's clock moved to %s", app, at).contains(at.toLocalDate().toString());
    }

    /** {@code app}'s clock back to its start (the real time, or MADIUN_CLOCK_START_AT). */
    public static void putBack(String app) {
        send(app, HttpRequest.newBuilder(uri(app)).DELETE());
    }

    private static URI uri(String app) {
        return URI.create(Stack.managementUrl(app) + "/clock");
    }

    private static String send(String app, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s (is madiun.clock.movable set? ./suite sets it)",
                    app, request.build().uri(), response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("management interface of " + app + " not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
