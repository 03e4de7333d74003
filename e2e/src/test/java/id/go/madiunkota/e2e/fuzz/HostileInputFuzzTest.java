package id.go.madiunkota.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.AccessRules;
import id.go.madiunkota.e2e.support.AccessRules.Rule;
import id.go.madiunkota.e2e.support.Stack;
import id.go.madiunkota.e2e.support.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite: every operation of the gateway's merged OpenAPI document gets at least {@value #MIN_VARIANTS}
 * hostile variants ({@link Variants}), each sent without a token and as the demo users the access table admits for
 * the operation ({@link #callers}). No answer may be a 5xx, and every 4xx
 * must be a problem ({@link Findings}). Deterministic for a seed (printed; {@code FUZZ_SEED} sets another). The
 * failures come at the end in one table, also written with the counts to {@code target/fuzz-summary.txt}; every
 * answer is listed in {@code target/fuzz-answers.tsv}.
 *
 * <p>Independent of the other tests: it creates records of its own (hostile but valid values are accepted), with its
 * dates {@value Examples#YEARS_AHEAD} years ahead so that no standard, checklist or non-working day it publishes
 * takes effect while the stories run.
 */
class HostileInputFuzzTest {

    private static final System.Logger LOG = System.getLogger(HostileInputFuzzTest.class.getName());
    /** The seed of a run without {@code FUZZ_SEED}. */
    static final long DEFAULT_SEED = 20_261_129L;
    /** The positive control: the suite has 92 operations; fewer than this means the document was not read whole. */
    static final int MIN_OPERATIONS = 90;
    static final int MIN_VARIANTS = 20;
    static final int MIN_REQUESTS = 10_000;
    /** Requests in flight at once: enough to keep the stack busy, few enough for a 2-core machine. */
    static final int THREADS = 6;
    static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");
    /** Every answer, one line each (operation, variant, caller, status, verdict). */
    static final Path ANSWERS = Path.of("target", "fuzz-answers.tsv");

    private record Task(Variant variant, String caller) {
    }

    @Test
    void hostileInputNeverGetsAServerErrorAndEveryRefusalIsAProblem() throws Exception {
        long seed = seed();
        LOG.log(System.Logger.Level.INFO, "fuzz seed " + seed + " (FUZZ_SEED repeats or changes it)");
        List<Operation> operations = OpenApiOperations.fetch(Stack.gatewayUrl());
        assertThat(operations).as("operations in the gateway's GET /openapi")
                .hasSizeGreaterThanOrEqualTo(MIN_OPERATIONS);

        Random random = new Random(seed);
        Map<String, List<String>> roles = new LinkedHashMap<>();
        Tokens.DEMO_USERS.forEach(user -> roles.put(user, Tokens.realmRoles(Tokens.of(user))));
        List<Rule> rules = AccessRules.load();
        List<Task> tasks = new ArrayList<>();
        Map<String, Integer> variantCounts = new LinkedHashMap<>();
        for (Operation operation : operations) {
            List<Variant> variants = Variants.of(operation, random);
            variantCounts.put(operation.toString(), variants.size());
            List<String> callers = callers(operation, rules, roles);
            variants.forEach(variant -> callers.forEach(caller -> tasks.add(new Task(variant, caller))));
        }
        assertThat(variantCounts).as("hostile variants per operation").allSatisfy(
                (operation, count) -> assertThat(count).as(operation).isGreaterThanOrEqualTo(MIN_VARIANTS));
        // Mixed, so that no service gets all of one kind at once; the seed fixes the order too.
        Collections.shuffle(tasks, random);

        Findings findings = new Findings();
        FuzzClient client = new FuzzClient(Stack.gatewayUrl());
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Task task : tasks) {
                sent.add(pool.submit(() -> findings.record(task.variant(), task.caller(),
                        client.send(task.variant(), task.caller()))));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.between(start, Instant.now());

        String summary = summary(seed, operations.size(), variantCounts, findings, took, client.resent());
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary + "\n" + findings.table());
        Files.writeString(ANSWERS, findings.answers());
        LOG.log(System.Logger.Level.INFO, summary);

        assertThat(findings.operations()).as("operations covered").hasSize(operations.size());
        assertThat(findings.requests()).as("hostile requests sent").isGreaterThanOrEqualTo(MIN_REQUESTS);
        assertThat(findings.failures()).as(() -> summary + "\n" + findings.table()).isEmpty();
    }

    /**
     * Who sends the variants of {@code operation}: always the anonymous caller, and each demo user whose roles the
     * deciding line of the access table admits (on a line open to anonymous callers, every one of them).
     */
    static List<String> callers(Operation operation, List<Rule> rules, Map<String, List<String>> roles) {
        List<String> callers = new ArrayList<>(List.of(FuzzClient.ANONYMOUS));
        Rule deciding = AccessRules.deciding(rules, operation.method(),
                operation.path().replaceAll("\\{[^}]+}", "x"));
        if (deciding != null) {
            roles.forEach((user, userRoles) -> {
                if (deciding.admits(userRoles)) {
                    callers.add(user);
                }
            });
        }
        return callers;
    }

    private static String summary(long seed, int operations, Map<String, Integer> variants, Findings findings,
            Duration took, long resent) {
        int fewest = variants.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int total = variants.values().stream().mapToInt(Integer::intValue).sum();
        return String.format("""
                fuzz run: seed %d, %d operations, %d variants (at least %d per operation), %d requests in %d s
                (%d threads); answers per status %s; 414/431 without body from the HTTP layer: %d;
                sent again after a kept-alive connection closed without an answer: %d;
                failures: %d
                failures per operation and status:
                %s""", seed, operations, total, fewest, findings.requests(), took.toSeconds(), THREADS,
                findings.statuses(), findings.bodilessRefusals(), resent, findings.failures().size(),
                findings.byOperation());
    }

    private static long seed() {
        String value = System.getenv("FUZZ_SEED");
        try {
            return value == null || value.isBlank() ? DEFAULT_SEED : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("FUZZ_SEED is not a number: " + value, e);
        }
    }
}
