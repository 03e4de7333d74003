package id.go.madiunkota.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.problem.ProblemMappers;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@code Idempotency-Key} of every write endpoint (api.md): a POST, PUT, PATCH or DELETE that carries the header
 * runs once per caller and key; repeating it with the same method, path and body replays the first answer with
 * {@code Idempotency-Replayed: true}, and nothing runs again. The same key with another request is refused (422); a
 * repetition while the first still runs is refused (409, {@code Retry-After}); a malformed key is refused (400).
 * Only 2xx answers are kept, for 24 hours; after any other answer the key is free again.
 * <p>
 * Keys are scoped to the caller: an authenticated caller by its token subject, an anonymous one by its address
 * ({@code anonymous@<address>}, see {@link ClientAddress} and {@code madiun.idempotency.trusted-gateways}). A key
 * that another anonymous address holds is refused with 409 {@code idempotency-key-other-caller}, which tells nothing
 * of the first request or its answer.
 * <p>
 * The request filter runs on the endpoint's worker thread, after authentication and before the body is read: it reads
 * the body stream whole, hashes it, and puts it back as a byte stream for the endpoint's own deserialisation. It then
 * claims the key by inserting the record in a transaction of its own, which the primary key lets only one duplicate
 * do. The response filter stores the answer's status, JSON body, Location and Content-Type in another transaction.
 * Non-blocking endpoints (returning {@code Uni}) are left alone: the suite's write endpoints are all blocking.
 */
public class IdempotencyFilter {

    /** The request header that names a write request. */
    public static final String HEADER = "Idempotency-Key";

    /** Set to {@code true} on an answer replayed from the first request. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    /**
     * The principal recorded for callers without a token, followed by {@code @} and the client's address (see
     * {@link ClientAddress}): anonymous keys are scoped to the address they come from.
     */
    public static final String ANONYMOUS = "anonymous";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");
    private static final int MAX_PRINCIPAL = 200;

    private final IdempotencyStore store;
    private final Messages messages;
    private final ObjectMapper mapper;
    private final ClientAddress clientAddress;

    public IdempotencyFilter(IdempotencyStore store, Messages messages, ObjectMapper mapper,
            IdempotencyConfig config) {
        this.store = store;
        this.messages = messages;
        this.mapper = mapper;
        this.clientAddress = new ClientAddress(config.trustedGateways());
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request, UriInfo uri, HttpHeaders headers,
            HttpServerRequest connection) throws IOException {
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || !WRITE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        if (keys.size() != 1 || !VALID_KEY.matcher(keys.get(0)).matches()) {
            return Optional.of(invalidKey(headers, uri));
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            LOG.debugf("Idempotency-Key ignored on the non-blocking endpoint %s", uri.getPath());
            return Optional.empty();
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotentRequest attempt = new IdempotentRequest(principalOf(request, connection), keys.get(0),
                request.getMethod(), pathOf(uri.getRequestUri()), sha256(body));
        IdempotencyStore.Claim claim = store.claim(attempt);
        return switch (claim.state()) {
            case CLAIMED -> {
                request.setProperty(CLAIMED, attempt);
                yield Optional.empty();
            }
            case REPLAY -> Optional.of(replay(claim.answer()));
            case REUSED -> Optional.of(problem(422, "idempotency-key-reused", headers, uri).build());
            case OTHER_CALLER -> Optional.of(problem(409, "idempotency-key-other-caller", headers, uri).build());
            case IN_PROGRESS -> Optional.of(problem(409, "idempotency-in-progress", headers, uri)
                    .header(HttpHeaders.RETRY_AFTER, "1").build());
        };
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof IdempotentRequest attempt)) {
            return;
        }
        request.removeProperty(CLAIMED);
        try {
            Optional<StoredAnswer> answer = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                    ? StoredAnswer.of(response, mapper) : Optional.empty();
            if (answer.isPresent()) {
                store.complete(attempt, answer.get());
            } else {
                store.release(attempt);
            }
        } catch (RuntimeException e) {
            // The answer still goes out; the key stays claimed until it counts as abandoned.
            LOG.warnf(e, "Could not record the answer to %s %s for its Idempotency-Key", attempt.method(),
                    attempt.path());
        }
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        if (answer.body() != null) {
            replay.entity(answer.body()).type(answer.contentType());
        }
        if (answer.location() != null) {
            replay.location(URI.create(answer.location()));
        }
        return replay.build();
    }

    private Response invalidKey(HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return ProblemMappers.problem(400, "validation", messages.text(locale, "title.validation"),
                messages.text(locale, "validation"), uri,
                List.of(new Problem.FieldError(HEADER, messages.text(locale, "idempotency-key-invalid"))));
    }

    private Response.ResponseBuilder problem(int status, String code, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.localeOf(headers);
        return Response.fromResponse(ProblemMappers.problem(status, code, messages.text(locale, "title." + code),
                messages.text(locale, code), uri, List.of()));
    }

    private String principalOf(ContainerRequestContext request, HttpServerRequest connection) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank()) {
            String peer = connection == null || connection.remoteAddress() == null ? null
                    : connection.remoteAddress().hostAddress();
            return ANONYMOUS + "@" + clientAddress.of(peer, request.getHeaderString(ClientAddress.HEADER));
        }
        // Subjects are short; an unusually long one is kept as its hash rather than cut into someone else's.
        return name.length() <= MAX_PRINCIPAL ? name : "sha256:" + sha256(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String pathOf(URI requestUri) {
        String query = requestUri.getRawQuery();
        return requestUri.getRawPath() + (query == null ? "" : "?" + query);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
