package id.go.madiunkota.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * What the gateway adds to a request: the same request sent at the same fixed rate straight to the service and through
 * the gateway, side by side in one run, against the running local stack ({@code ./suite bench gateway} starts it).
 * Open loop: each request's latency counts from the moment it was due, so a stall shows in the figures instead of
 * slowing the sender down. Not a test (it has no pass mark); it prints one RESULT line.
 *
 * <p>Settings (system properties): {@code bench.rate} requests per second to each side (100), {@code bench.seconds}
 * measured (20), {@code bench.warmup} seconds not measured (15), {@code bench.path} the request
 * ({@code /api/ppid/calendar/working-days?from=2026-03-13&add=10}), {@code bench.direct} and {@code bench.gateway} the
 * two addresses.
 */
class GatewayOverheadBenchmark {

    private final int rate = Integer.getInteger("bench.rate", 100);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int warmup = Integer.getInteger("bench.warmup", 15);
    private final String path = System.getProperty("bench.path",
            "/api/ppid/calendar/working-days?from=2026-03-13&add=10");
    private final String direct = System.getProperty("bench.direct", "http://localhost:8081");
    private final String gateway = System.getProperty("bench.gateway", "http://localhost:8080");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void gatewayOverheadAtAFixedRate() {
        run(warmup, false);
        Side[] measured = run(seconds, true);
        Side straight = measured[0];
        Side through = measured[1];
        System.out.printf(
                "RESULT gateway-overhead path=%s rate=%d/s seconds=%d | direct: %.1f req/s p50=%.2f ms p99=%.2f ms"
                        + " errors=%d%s | gateway: %.1f req/s p50=%.2f ms p99=%.2f ms errors=%d%s"
                        + " | overhead: p50=%+.2f ms"
                        + " p99=%+.2f ms ratio p50=%.2f p99=%.2f%n",
                path, rate, seconds, straight.throughput(seconds), straight.percentile(50), straight.percentile(99),
                straight.errors.get(), straight.errorKinds, through.throughput(seconds), through.percentile(50),
                through.percentile(99), through.errors.get(), through.errorKinds,
                through.percentile(50) - straight.percentile(50),
                through.percentile(99) - straight.percentile(99),
                through.percentile(50) / straight.percentile(50), through.percentile(99) / straight.percentile(99));
    }

    /** Sends to both sides at each tick for {@code duration} seconds and waits for every answer. */
    private Side[] run(int duration, boolean measure) {
        Side[] sides = {new Side(direct + path), new Side(gateway + path)};
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long total = (long) rate * duration;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            for (Side side : sides) {
                pending.add(side.send(http, due));
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return measure ? sides : null;
    }

    /** One side of the comparison and its latencies in microseconds. */
    private static final class Side {

        final HttpRequest request;
        final long[] micros = new long[4_000_000];
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final java.util.Map<String, AtomicInteger> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();

        Side(String url) {
            this.request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        }

        CompletableFuture<?> send(HttpClient http, long due) {
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                long took = (System.nanoTime() - due) / 1_000;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                    String kind = failure != null ? failure.getClass().getSimpleName()
                            : "HTTP " + response.statusCode();
                    errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                } else {
                    int index = count.getAndIncrement();
                    if (index < micros.length) {
                        micros[index] = took;
                    }
                }
                return null;
            });
        }

        double percentile(int p) {
            int n = Math.min(count.get(), micros.length);
            if (n == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * n) - 1;
            return sorted[Math.max(0, index)] / 1000.0;
        }

        double throughput(int seconds) {
            return (double) count.get() / seconds;
        }
    }
}
