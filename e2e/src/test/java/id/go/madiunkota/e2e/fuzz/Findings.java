package id.go.madiunkota.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.fuzz.FuzzClient.Answer;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What the answers to hostile requests must be, and what was seen: no 5xx (502 and 504 included), and every 4xx an
 * {@code application/problem+json} body with {@code title} and the same {@code status}; 2xx is fine (a hostile but
 * valid value may be accepted).
 *
 * <p>One exception, narrow: a 414 or 431 with an empty body. The HTTP layer (Vert.x, before any route of the gateway
 * runs) refuses a request line or header block past its limits that way; no application code sees the request, so
 * there is nothing that could write a problem. With a body, those statuses must be problems too.
 */
public final class Findings {

    /** One answer that broke the rules. */
    public record Failure(String operation, String variant, String caller, int status, String why, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_SHOWN = 200;

    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Set<String> operations = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final LongAdder bodilessRefusals = new LongAdder();
    private final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();

    /** Records the answer to {@code variant} sent as {@code caller}. */
    public void record(Variant variant, String caller, Answer answer) {
        requests.incrementAndGet();
        operations.add(variant.operation().toString());
        statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
        String why = why(answer);
        answers.add(String.join("\t", variant.operation().toString(), variant.name(), caller,
                String.valueOf(answer.status()), why == null ? "ok" : why));
        if (why != null) {
            String body = answer.failure() != null ? answer.failure()
                    : "[" + answer.contentType() + "] " + answer.body();
            failures.add(new Failure(variant.operation().toString(), variant.name(), caller, answer.status(), why,
                    oneLine(body)));
        }
    }

    /** Why the answer breaks the rules, or null when it does not. */
    String why(Answer answer) {
        int status = answer.status();
        if (answer.failure() != null) {
            return "no answer";
        }
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            return null;
        }
        if ((status == 414 || status == 431) && answer.body().isEmpty()) {
            bodilessRefusals.increment();
            return null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null || !problem.path("title").isTextual() || problem.path("status").asInt() != status) {
                return "bad problem";
            }
        } catch (IOException e) {
            return "problem not JSON";
        }
        return null;
    }

    /** Every answer, one line each: operation, variant, caller, status, ok or why not (tab-separated). */
    public String answers() {
        return "OPERATION\tVARIANT\tCALLER\tSTATUS\tVERDICT\n"
                + answers.stream().sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    public long requests() {
        return requests.get();
    }

    public Set<String> operations() {
        return Set.copyOf(operations);
    }

    public List<Failure> failures() {
        return failures.stream().sorted(Comparator.comparing(Failure::operation).thenComparing(Failure::variant)
                .thenComparing(Failure::caller)).toList();
    }

    /** Answers per status, in order of status (0: no answer). */
    public Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    /** How many 414/431 answers without a body the HTTP layer gave (allowed, see the class comment). */
    public long bodilessRefusals() {
        return bodilessRefusals.sum();
    }

    /** The failures as a table: operation, variant, caller, status, the first 200 characters of the body. */
    public String table() {
        List<Failure> sorted = failures();
        int op = "OPERATION".length();
        int variant = "VARIANT".length();
        int caller = "CALLER".length();
        for (Failure f : sorted) {
            op = Math.max(op, f.operation().length());
            variant = Math.max(variant, f.variant().length());
            caller = Math.max(caller, f.caller().length());
        }
        String format = "%-" + op + "s  %-" + variant + "s  %-" + caller + "s  %-6s %-16s %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "OPERATION", "VARIANT", "CALLER", "STATUS",
                "WHY", "[CONTENT-TYPE] BODY (first " + BODY_SHOWN + " characters)"));
        for (Failure f : sorted) {
            out.append(String.format(format, f.operation(), f.variant(), f.caller(), f.status(),
                    f.why(), f.body()));
        }
        return out.toString();
    }

    /** Failures per operation and status, most first: where the causes lie. */
    public String byOperation() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach(f -> counts.merge(f.operation() + "  " + f.status(), 1L, Long::sum));
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("%6d  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cntrl}]", "\u00b7");
        return line.length() <= BODY_SHOWN ? line : line.substring(0, BODY_SHOWN);
    }
}
