package id.go.madiunkota.e2e.support;

import id.go.madiunkota.e2e.support.AccessRules.Rule;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The route × caller matrix over the gateway's table: the concrete calls, the expectation for a caller, and a
 * readable table of what did not meet it.
 *
 * <p>The rule that tells a gateway refusal from a service's own: the gateway sets {@code X-Gateway-Denied: true} on
 * the 401 and 403 it answers itself. A caller the table refuses must get 401 (no token) or 403 (a token without the
 * role) with that header. A caller the table admits must get neither a 401, nor the header, nor a 403 from the
 * service: the table and the services' roles say the same, so a service refusing a role the table admits is a
 * disagreement — unless the (line, role) pair is one of the {@link #FINER_RULES}, where the service refuses by a rule
 * on one's own records that the table cannot express. 400/404/409 for the dummy ids and body are fine. Any 5xx fails,
 * whoever calls. A 429 (rate limit) is waited out and the call sent again; one that stays 429 fails, since it proves
 * nothing about the table.
 */
public final class Matrix {

    /** One concrete call: the line it exercises, the line that decides it (normally the same), method and path. */
    public record Call(Rule line, Rule deciding, String method, String path) {

        /**
         * Sends the call: writes carry an empty JSON object as a dummy body (a service answers 400 for it). The
         * gateway's rate limits are not what the matrix checks: a 429 is sent again after its Retry-After (a few
         * times at most), and counted in {@link #RATE_LIMITED}.
         */
        public Response send(Supplier<RequestSpecification> spec) {
            for (int attempt = 1; ; attempt++) {
                RequestSpecification request = spec.get();
                if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                    request = request.contentType(ContentType.JSON).body("{}");
                }
                Response response = request.when().request(method, path).andReturn();
                if (response.statusCode() != 429 || attempt == MAX_ATTEMPTS) {
                    return response;
                }
                waitOut(response.header("Retry-After"));
            }
        }

        /**
         * Waits out a 429 answer: its Retry-After in seconds (1 to 30; 1 when missing or not a number), counted in
         * {@link #RATE_LIMITED}.
         */
        public static void waitOut(String retryAfter) {
            RATE_LIMITED.incrementAndGet();
            long seconds = 1;
            try {
                seconds = retryAfter == null ? 1 : Math.max(1, Math.min(30, Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException e) {
                // an HTTP date or garbage: one second
            }
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What a caller got on a call, against what it should have got. */
    public record Outcome(Call call, String caller, String expected, int status, boolean deniedByGateway,
            boolean ok, String note) {

        String actual() {
            return status + (deniedByGateway ? " + " + Gateway.DENIED_HEADER : "");
        }
    }

    /**
     * The (line, role) pairs where a service may answer 403 although the table admits the role: a finer rule on one's
     * own records, keyed {@code "METHOD PATH role"} as the line reads, with the reason. Empty today: every rule on
     * one's own records (another citizen's request, objection or withdrawal) answers 404, since another's record
     * does not exist for the caller; so any 403 from a service to an admitted role is a disagreement to fix on one
     * side. A line added with such a rule names itself here with its reason.
     */
    public static final Map<String, String> FINER_RULES = Map.of();

    /** How often a call is sent at most when the gateway answers 429. */
    public static final int MAX_ATTEMPTS = 5;

    /** How many 429 answers the calls of this JVM got (and waited out); reported with each table. */
    public static final AtomicInteger RATE_LIMITED = new AtomicInteger();

    private Matrix() {
    }

    /** Every concrete call for the table, line by line. */
    public static List<Call> calls(List<Rule> rules) {
        List<Call> calls = new ArrayList<>();
        for (Rule rule : rules) {
            String method = rule.method().equals("*") ? "GET" : rule.method().toUpperCase(Locale.ROOT);
            for (String path : rule.concretePaths()) {
                calls.add(new Call(rule, AccessRules.deciding(rules, method, path), method, path));
            }
        }
        return calls;
    }

    /**
     * Checks an answer against the table: {@code roles} null for a caller without a token, else the realm roles of
     * the caller's token.
     */
    public static Outcome check(Call call, String caller, Collection<String> roles, Response response) {
        return check(call, caller, roles, response.statusCode(),
                "true".equalsIgnoreCase(response.header(Gateway.DENIED_HEADER)));
    }

    /** Checks a status (and whether the gateway marked it as its own refusal) against the table. */
    public static Outcome check(Call call, String caller, Collection<String> roles, int status, boolean denied) {
        boolean admitted = call.deciding() != null && call.deciding().admits(roles);
        if (!admitted) {
            int refusal = roles == null ? 401 : 403;
            boolean ok = status == refusal && denied;
            String note = ok ? "" : status == refusal
                    ? "no " + Gateway.DENIED_HEADER + ": refused by the service, not the gateway"
                    : note(status, "refused by the table");
            return new Outcome(call, caller, refusal + " + " + Gateway.DENIED_HEADER, status, denied, ok, note);
        }
        String finer = status == 403 && !denied ? finerRule(call.deciding(), roles) : null;
        boolean ok = status != 401 && status != 429 && status < 500 && !denied && (status != 403 || finer != null);
        String note;
        if (ok) {
            note = finer == null ? "" : "403 from the service, listed: " + finer;
        } else if (status == 403 && !denied) {
            note = "the service refuses a role the table admits (not in Matrix.FINER_RULES)";
        } else {
            note = note(status, "admitted by the table");
        }
        return new Outcome(call, caller, "admitted: not 401/403/5xx, no " + Gateway.DENIED_HEADER, status, denied,
                ok, note);
    }

    /** The listed reason why a service may refuse one of these roles on this line, or null. */
    static String finerRule(Rule line, Collection<String> roles) {
        if (line == null || roles == null) {
            return null;
        }
        for (String role : roles) {
            String reason = FINER_RULES.get(line.method() + " " + line.path() + " " + role);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** A caller with a broken token must be refused by the gateway with 401 on every line, anonymous ones too. */
    public static Outcome checkBroken(Call call, String caller, Response response) {
        int status = response.statusCode();
        boolean denied = "true".equalsIgnoreCase(response.header(Gateway.DENIED_HEADER));
        boolean ok = status == 401 && denied;
        String note = ok ? "" : status == 401
                ? "no " + Gateway.DENIED_HEADER + ": refused by the service, not the gateway"
                : note(status, "broken token");
        return new Outcome(call, caller, "401 + " + Gateway.DENIED_HEADER, status, denied, ok, note);
    }

    private static String note(int status, String why) {
        if (status == 429) {
            return "rate limited by the gateway, " + MAX_ATTEMPTS + " times in a row";
        }
        if (status >= 200 && status < 300) {
            return "2xx although " + why;
        }
        if (status == 502 || status == 504) {
            return "service not reached";
        }
        if (status >= 500) {
            return "server error";
        }
        return "";
    }

    /** The outcomes that missed, as a table: line, request, caller, expected, actual, note. */
    public static String table(String title, List<Outcome> outcomes) {
        List<Outcome> missed = outcomes.stream().filter(o -> !o.ok()).toList();
        StringBuilder out = new StringBuilder();
        out.append(title).append(": ").append(missed.size()).append(" of ").append(outcomes.size())
                .append(" calls not as the table says (429 answers waited out so far: ").append(RATE_LIMITED.get())
                .append(")\n");
        if (missed.isEmpty()) {
            return out.toString();
        }
        int request = "REQUEST".length();
        int caller = "CALLER".length();
        int expected = "EXPECTED".length();
        for (Outcome o : missed) {
            request = Math.max(request, (o.call().method() + " " + o.call().path()).length());
            caller = Math.max(caller, o.caller().length());
            expected = Math.max(expected, o.expected().length());
        }
        String format = "%-5s %-" + request + "s %-" + caller + "s %-" + expected + "s %-26s %s%n";
        out.append(String.format(format, "LINE", "REQUEST", "CALLER", "EXPECTED", "ACTUAL", "NOTE"));
        for (Outcome o : missed) {
            Rule deciding = o.call().deciding();
            String note = o.note();
            if (deciding != o.call().line()) {
                note = (deciding == null ? "no line matches" : "decided by line " + deciding.lineNumber())
                        + (note.isEmpty() ? "" : "; " + note);
            }
            out.append(String.format(format, o.call().line().lineNumber(), o.call().method() + " " + o.call().path(),
                    o.caller(), o.expected(), o.actual(), note));
        }
        return out.toString();
    }
}
