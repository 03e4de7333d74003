package id.go.madiunkota.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into problem+json: domain rule violations, validation errors, security refusals,
 * unknown paths, and unexpected errors (logged with a reference, details never leaked). Malformed bodies and
 * parameters are answered by {@link InputProblemMappers}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://madiunkota.go.id/problems/";

    private final Messages messages;

    public ProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return build(e.status(), e.code(), messages.text(locale, "title." + e.code()),
                messages.text(locale, e.code(), e.args()), uri, List.of());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return build(400, "validation", messages.text(locale, "title.validation"),
                messages.text(locale, "validation"), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        List<Problem.FieldError> errors = e.messageKeysByField().entrySet().stream()
                .map(entry -> new Problem.FieldError(entry.getKey(), messages.text(locale, entry.getValue())))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return build(400, "validation", messages.text(locale, "title.validation"),
                messages.text(locale, "validation"), uri, errors);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return Response.fromResponse(build(401, "unauthorized", messages.text(locale, "title.unauthorized"),
                messages.text(locale, "unauthorized"), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return build(403, "forbidden", messages.text(locale, "title.forbidden"),
                messages.text(locale, "forbidden"), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            // The JSON reader reports a body it cannot parse as a plain 400 with the parser's exception inside.
            return new InputProblemMappers(messages).unparsable(json, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Locale locale = messages.localeOf(headers);
        String code = "http." + status;
        String title = messages.text(locale, "title." + code);
        String shownTitle = title.equals("title." + code) ? e.getResponse().getStatusInfo().getReasonPhrase() : title;
        return build(status, code, shownTitle,
                messages.text(locale, code), uri, List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (causedByConcurrentChange(e)) {
            // Someone changed the same record since it was read (optimistic locking); the caller may read and retry.
            Locale locale = messages.localeOf(headers);
            return build(409, "concurrent-change", messages.text(locale, "title.concurrent-change"),
                    messages.text(locale, "concurrent-change"), uri, List.of());
        }
        String sqlState = sqlStateOf(e);
        if (sqlState != null && (sqlState.equals("23505") || sqlState.startsWith("40"))) {
            // A unique key taken or a serialization failure between two requests at the same moment.
            Locale locale = messages.localeOf(headers);
            return build(409, "concurrent-change", messages.text(locale, "title.concurrent-change"),
                    messages.text(locale, "concurrent-change"), uri, List.of());
        }
        if (sqlState != null && sqlState.startsWith("22")) {
            // PostgreSQL refused a value (too long, out of range, not encodable) that the checks at the edge let by:
            // the caller's input, not a fault of the service; logged so that the missing check gets added.
            LOG.warnf("A value was refused by the database on %s (SQL state %s)", uri.getPath(), sqlState);
            Locale locale = messages.localeOf(headers);
            return build(400, "input-rejected", messages.text(locale, "title.input-rejected"),
                    messages.text(locale, "input-rejected"), uri, List.of());
        }
        String reference = java.util.UUID.randomUUID().toString();
        // The reference lets staff find the stack trace without the caller seeing internals.
        LOG.errorf(e, "Unexpected error on %s, reference %s", uri.getPath(), reference);
        Locale locale = messages.localeOf(headers);
        return build(500, "internal", messages.text(locale, "title.internal"),
                messages.text(locale, "internal", reference), uri, List.of());
    }

    /**
     * A problem+json answer for code outside an exception mapper, such as a request filter that refuses a request.
     *
     * @param code names the problem: the last segment of its {@code type} URI
     * @param title and {@code detail}: texts already in the caller's language (see {@link Messages})
     */
    public static Response problem(int status, String code, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return build(status, code, title, detail, uri, errors);
    }

    /** The SQL state of the first {@link java.sql.SQLException} among the causes, or null. */
    private static String sqlStateOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    private static Response build(int status, String code, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(URI.create(TYPE_BASE + code), title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of a violated field, without the resource method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parts.clear();
                parts.add(node.getName());
                continue;
            }
            String name = node.getName();
            if (name == null || name.isEmpty()) {
                continue;
            }
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            parts.add(name + index);
        }
        if (parts.size() > 1) {
            parts.remove(0); // a parameter with properties under it is the JSON body, whose name the caller never sees
        }
        return String.join(".", parts);
    }
}
