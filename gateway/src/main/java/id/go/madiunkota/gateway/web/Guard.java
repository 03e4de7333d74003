package id.go.madiunkota.gateway.web;

import id.go.madiunkota.gateway.access.AccessRule;
import id.go.madiunkota.gateway.access.AccessRules;
import id.go.madiunkota.gateway.config.GatewayConfig;
import id.go.madiunkota.gateway.ratelimit.RateLimiter;
import id.go.madiunkota.gateway.routing.ServiceRoutes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the gateway checks before it forwards a request, in this order: a request id (accepted or made up), a path the
 * gateway serves, the access table (401 without a token, 403 without a role the line names), the body size (413) and
 * the caller's rate limit (429 with Retry-After). The body limit is {@code max-body-bytes} (2 MiB), except for a
 * multipart body on a line of the access table marked {@code upload}: {@code upload-max-body-bytes} (a document).
 * Token validation itself happens before, in quarkus-oidc; a token that fails it gets a 401 problem here too.
 */
@ApplicationScoped
public class Guard {

    /** The request id header, accepted from the caller or made up, passed to the service and answered back. */
    public static final String REQUEST_ID = "X-Request-Id";

    /**
     * The caller's address as the gateway sees it (the direct peer, or the client a trusted proxy names in
     * X-Forwarded-For; the same address the rate limiter counts), passed to the services, which trust it from the
     * gateway only. Whatever a caller sends under this name is dropped.
     */
    public static final String CLIENT_ADDRESS = "X-Client-Address";

    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final AccessRules rules;
    private final RateLimiter limiter;
    private final GatewayConfig config;

    public Guard(AccessRules rules, RateLimiter limiter, GatewayConfig config) {
        this.rules = rules;
        this.limiter = limiter;
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::requestId);
        router.route("/api/*").order(ServiceRoutes.ORDER - 10).handler(this::check);
        router.route().order(Integer.MIN_VALUE + 10).failureHandler(this::authenticationFailed);
    }

    /** Keeps a sane caller-given request id, else makes one; the service and the caller both see it. */
    void requestId(RoutingContext ctx) {
        String given = ctx.request().getHeader(REQUEST_ID);
        String id = given != null && ACCEPTABLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.request().headers().set(REQUEST_ID, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(REQUEST_ID, id));
        ctx.next();
    }

    void check(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!path.equals(ctx.normalizedPath()) || !config.services().containsKey(serviceOf(path))) {
            FrontDoor.template(ctx, FrontDoor.REFUSED);
            Problems.send(ctx, Problems.Kind.NOT_FOUND);
            return;
        }
        Optional<SecurityIdentity> identity = identity(ctx);
        Optional<AccessRule> rule = rules.find(ctx.request().method().name(), path);
        FrontDoor.template(ctx, rule.map(r -> r.template(AccessRule.segments(path)))
                .orElse("/api/" + serviceOf(path) + "/{unlisted}"));
        if (rule.isEmpty() || !rule.get().anonymous()) {
            if (identity.isEmpty()) {
                Problems.send(ctx, Problems.Kind.UNAUTHORIZED);
                return;
            }
            Set<String> roles = identity.get().getRoles();
            if (rule.isEmpty() || !rule.get().admits(roles)) {
                Problems.send(ctx, Problems.Kind.FORBIDDEN);
                return;
            }
        }
        long limit = rule.get().upload() && multipart(ctx) ? config.uploadMaxBodyBytes() : config.maxBodyBytes();
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && parse(length) > limit) {
            Problems.send(ctx, Problems.Kind.TOO_LARGE, limit);
            return;
        }
        String clientAddress = ctx.request().remoteAddress().hostAddress();
        ctx.request().headers().remove(CLIENT_ADDRESS);
        ctx.request().headers().set(CLIENT_ADDRESS, clientAddress);
        long wait = identity.isPresent()
                ? limiter.take(identity.get().getPrincipal().getName(), true)
                : limiter.take(clientAddress, false);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            Problems.send(ctx, Problems.Kind.TOO_MANY, wait);
            return;
        }
        ctx.next();
    }

    /** A token that quarkus-oidc refused (expired, tampered, wrong issuer or audience): a 401 problem. */
    void authenticationFailed(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException && !ctx.response().headWritten()) {
            Problems.send(ctx, Problems.Kind.UNAUTHORIZED);
        } else {
            ctx.next();
        }
    }

    private static Optional<SecurityIdentity> identity(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return Optional.of(user.getSecurityIdentity());
        }
        return Optional.empty();
    }

    private static String serviceOf(String path) {
        var segments = AccessRule.segments(path);
        return segments.size() >= 2 ? segments.get(1) : "";
    }

    /** A multipart/form-data body: the only kind the larger limit of an upload route is for. */
    private static boolean multipart(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
