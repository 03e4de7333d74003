package id.go.madiunkota.e2e;

import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Stack;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How long the portal takes to answer each of its pages, as a browser on this machine sees it: each page requested
 * {@code bench.requests} times one after the other (after {@code bench.warmup} requests not counted), the time from
 * sending the request to the last byte of the page. Pages: the home page, the four service pages, the complaint form
 * and the tracking page of a complaint sent for the purpose. Against the running stack ({@code ./suite bench portal}
 * starts what is missing). Not a test (no pass mark): it prints one RESULT line per page and one for all, with the
 * target (p50 under 100 ms) met or missed.
 *
 * <p>Settings (system properties): {@code bench.requests} (200), {@code bench.warmup} (50); the portal is
 * {@code PORTAL_URL}, the gateway {@code GATEWAY_URL} (for the complaint to track).
 */
class PortalPageTimeBenchmark {

    private static final double TARGET_P50_MS = 100;

    private final int requests = Integer.getInteger("bench.requests", 200);
    private final int warmup = Integer.getInteger("bench.warmup", 50);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eachPageAnsweredInTime() throws IOException, InterruptedException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("ppid", "/layanan/ppid");
        pages.put("helpdesk", "/layanan/helpdesk");
        pages.put("verification", "/layanan/verifikasi");
        pages.put("training", "/layanan/pelatihan");
        pages.put("complaint-form", "/layanan/helpdesk/pengaduan");
        pages.put("tracking", "/layanan/helpdesk/lacak?kode=" + complaintToTrack());

        for (String path : pages.values()) {
            for (int i = 0; i < warmup; i++) {
                time(path);
            }
        }
        List<Long> all = new ArrayList<>();
        boolean met = true;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long[] micros = new long[requests];
            for (int i = 0; i < requests; i++) {
                micros[i] = time(page.getValue());
            }
            Arrays.sort(micros);
            Arrays.stream(micros).forEach(all::add);
            met &= percentile(micros, 50) < TARGET_P50_MS;
            System.out.printf("RESULT portal-page page=%s path=%s requests=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    page.getKey(), page.getValue(), requests, percentile(micros, 50), percentile(micros, 99),
                    micros[micros.length - 1] / 1000.0);
        }
        long[] together = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("RESULT portal-page page=all requests=%d p50=%.1f ms p99=%.1f ms target=p50<%.0f ms %s%n",
                together.length, percentile(together, 50), percentile(together, 99), TARGET_P50_MS,
                met ? "met on every page" : "MISSED on some page");
    }

    /** One request of the page, its time in microseconds; anything but 200 stops the run. */
    private long time(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.portalUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = (System.nanoTime() - start) / 1_000;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": is the stack up and the "
                    + "portal at " + Stack.portalUrl() + "?");
        }
        return took;
    }

    /** A complaint sent anonymously through the gateway, as the form does: its tracking code. */
    private static String complaintToTrack() {
        return Gateway.anonymous().contentType(ContentType.JSON).header("Accept-Language", "id")
                .body(Map.of("kind", "SUGGESTION", "service", "HELPDESK",
                        "complainant", Map.of("name", "Pengukur waktu halaman"),
                        "content", "Dikirim oleh pengukuran waktu halaman portal (./suite bench portal)."))
                .when().post("/api/helpdesk/complaints").then().statusCode(201).extract().path("trackingCode");
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
