package id.go.madiunkota.common.input;

import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any endpoint runs, a path or query parameter that is not acceptable text (see {@link TextRules}): a
 * percent escape that is not valid UTF-8, a control character such as {@code %00}, a lone surrogate. The answer is a
 * 400 problem naming each such parameter (path parameters by their name in the route, query parameters as sent), so
 * that nothing of the kind reaches a query or PostgreSQL. Runs after the route is matched, before the idempotency
 * filter and before the body is read.
 */
public class EdgeInputFilter {

    private static final char REPLACEMENT = '\uFFFD';

    private final Messages messages;

    public EdgeInputFilter(Messages messages) {
        this.messages = messages;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Optional<Response> check(UriInfo uri, HttpHeaders headers) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkPath(uri, problems);
        checkQuery(uri.getRequestUri().getRawQuery(), problems);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = messages.localeOf(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        problems.forEach((name, key) -> errors.add(new Problem.FieldError(name, messages.text(locale, key))));
        return Optional.of(ProblemMappers.problem(400, "validation", messages.text(locale, "title.validation"),
                messages.text(locale, "validation"), uri, errors));
    }

    /** Path parameters by their route names; a segment that is not UTF-8 names the parameter it went into. */
    private static void checkPath(UriInfo uri, Map<String, String> problems) {
        boolean validUtf8 = Arrays.stream(uri.getRequestUri().getRawPath().split("/"))
                .allMatch(segment -> TextRules.decodeStrictly(segment, false).isPresent());
        MultivaluedMap<String, String> parameters = uri.getPathParameters(true);
        parameters.forEach((name, values) -> values.forEach(value -> {
            TextRules.problemOf(value).ifPresent(key -> problems.putIfAbsent(name, key));
            if (!validUtf8 && value.indexOf(REPLACEMENT) >= 0) {
                problems.putIfAbsent(name, TextRules.INVALID_TEXT);
            }
        }));
        if (!validUtf8 && problems.isEmpty()) {
            problems.put("path", TextRules.INVALID_TEXT);
        }
    }

    /** Query parameters as sent, names and values decoded strictly. */
    private static void checkQuery(String rawQuery, Map<String, String> problems) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = TextRules.decodeStrictly(rawName, true);
            Optional<String> nameProblem = name.isEmpty() ? Optional.of(TextRules.INVALID_TEXT)
                    : TextRules.problemOf(name.get());
            String shown = nameProblem.isEmpty() ? name.get() : "query";
            nameProblem.ifPresent(key -> problems.putIfAbsent(shown, key));
            if (equals >= 0) {
                Optional<String> value = TextRules.decodeStrictly(pair.substring(equals + 1), true);
                Optional<String> problem = value.isEmpty() ? Optional.of(TextRules.INVALID_TEXT)
                        : TextRules.problemOf(value.get());
                problem.ifPresent(key -> problems.putIfAbsent(shown, key));
            }
        }
    }
}
