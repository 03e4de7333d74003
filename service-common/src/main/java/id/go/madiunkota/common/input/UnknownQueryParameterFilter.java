package id.go.madiunkota.common.input;

import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the endpoint does not read, as an unknown JSON field is refused: a 400
 * {@code input-rejected} naming the parameter, so that {@code /consultations?phone=...} does not quietly answer every
 * consultation. The known parameters of an endpoint are those its method declares with {@code @QueryParam} or
 * {@code @RestQuery}, directly or inside a {@code @BeanParam} class (fields, record components), and those of its
 * resource class's fields (see {@link QueryParameterNames}); they are worked out once per resource method. Runs after
 * the route is matched and after {@link EdgeInputFilter}, so a name that is not acceptable text is refused there first.
 */
public class UnknownQueryParameterFilter {

    private static final int MAX_SHOWN = 200;

    private final Messages messages;
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    public UnknownQueryParameterFilter(Messages messages) {
        this.messages = messages;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 150)
    public Optional<Response> check(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        String rawQuery = uri.getRequestUri().getRawQuery();
        if (rawQuery == null || rawQuery.isEmpty() || resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        Set<String> names = known.computeIfAbsent(resource.getResourceMethod(),
                method -> QueryParameterNames.of(resource.getResourceClass(), method));
        for (String name : uri.getQueryParameters(true).keySet()) {
            if (!name.isEmpty() && !names.contains(name)) {
                return Optional.of(refuse(shown(name), names, uri, headers));
            }
        }
        return Optional.empty();
    }

    private Response refuse(String name, Set<String> names, UriInfo uri, HttpHeaders headers) {
        Locale locale = messages.localeOf(headers);
        String detail = names.isEmpty() ? messages.text(locale, "unknown-parameter.none", name)
                : messages.text(locale, "unknown-parameter", name, String.join(", ", names));
        return ProblemMappers.problem(400, "input-rejected", messages.text(locale, "title.input-rejected"), detail,
                uri, List.of(new Problem.FieldError(name, messages.text(locale, "unknown-parameter.field"))));
    }

    /** A name as it may be shown back: without control characters, at most 200 characters. */
    private static String shown(String name) {
        String clean = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= MAX_SHOWN ? clean : clean.substring(0, MAX_SHOWN) + "…";
    }
}
