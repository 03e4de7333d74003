package id.go.madiunkota.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.madiunkota.common.input.InvalidParameterException;
import id.go.madiunkota.common.input.RefusedValueException;
import id.go.madiunkota.common.input.StrictJsonCustomizer;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problem+json for input that cannot be read: a body that is not JSON or not of the expected shape (an unknown or
 * duplicate key, a wrong type, a number too big, nesting too deep, a refused text or date), and a path or query
 * parameter that cannot be converted. Each is a 400 naming the field where one can be named.
 */
public class InputProblemMappers {

    private static final String MALFORMED = "malformed-body";
    private static final int MAX_FIELD = 200;

    private final Messages messages;

    public InputProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response parameter(InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return ProblemMappers.problem(400, "validation", messages.text(locale, "title.validation"),
                messages.text(locale, "validation"), uri,
                List.of(new Problem.FieldError(e.parameter(), messages.text(locale, e.messageKey(), e.args()))));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        String field = pathOf(e);
        return malformed(locale, uri, messages.text(locale, "unknown-property", shown(field)), field,
                "unknown-property.field");
    }

    /** Quarkus maps this one itself (plain 400); a wrong type or enum value is answered as problem+json here. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException)) {
            // A parser failure inside an object being mapped: the parser knows the full path.
            return unparsable(cause, headers, uri);
        }
        Locale locale = messages.localeOf(headers);
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            // A value that is none of the enum's constants: say which ones are allowed, as for a query parameter.
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
            return malformed(locale, uri, messages.text(locale, MALFORMED), pathOf(e), "input.enum", allowed);
        }
        String key = e instanceof RefusedValueException refused ? refused.messageKey() : "malformed-value";
        return malformed(locale, uri, messages.text(locale, MALFORMED), pathOf(e), key);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return unreadable(mapping, headers, uri);
        }
        Locale locale = messages.localeOf(headers);
        if (e instanceof StreamConstraintsException) {
            return malformed(locale, uri, messages.text(locale, "input-too-large", StrictJsonCustomizer.MAX_DEPTH,
                    StrictJsonCustomizer.MAX_STRING, StrictJsonCustomizer.MAX_NUMBER), "", null);
        }
        String field = e instanceof StreamReadException read ? pathOf(read.getProcessor()) : "";
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return malformed(locale, uri, messages.text(locale, "duplicate-property", shown(field)), field,
                    "duplicate-property.field");
        }
        String key = e instanceof InputCoercionException ? "input.number-range" : "malformed-value";
        return malformed(locale, uri, messages.text(locale, MALFORMED), field, key);
    }

    private Response malformed(Locale locale, UriInfo uri, String detail, String rawField, String fieldKey,
            Object... args) {
        String field = shown(rawField);
        List<Problem.FieldError> errors = field.isEmpty() || fieldKey == null ? List.of()
                : List.of(new Problem.FieldError(field, messages.text(locale, fieldKey, args)));
        return ProblemMappers.problem(400, MALFORMED, messages.text(locale, "title." + MALFORMED), detail, uri,
                errors);
    }

    /** A field name as it may be shown back: without control characters, at most 200 characters. */
    private static String shown(String field) {
        String clean = field.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= MAX_FIELD ? clean : clean.substring(0, MAX_FIELD) + "…";
    }

    /** The path of the field a mapping failed on, such as {@code applicant.nik} or {@code components[3].name}. */
    static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The path of the field the parser stood on when it failed, in the same form; empty at the top level. */
    static String pathOf(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.addFirst(context.getCurrentName());
            } else if (context.inArray()) {
                parts.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }
}
