package id.go.madiunkota.gateway.web;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The first thing every request on the public port meets. A path spelled to step out of where it seems to go (dot
 * segments, plain or percent-encoded; an encoded slash or backslash; an empty segment; a {@code ;} parameter; a
 * control character) gets a 400 problem; a path outside the public surface ({@code /api/**}, {@code /openapi}, Swagger
 * UI) a 404 problem. Health, metrics and the other {@code /q} endpoints live on the management interface, which the
 * gateway never routes to.
 *
 * <p>Every answer is also written to the access log (category {@code access}) by its route template, never by its raw
 * path or query, and the same template is the {@code uri} label of the HTTP metrics: ids, tracking codes and searches
 * stay out of both.
 */
@ApplicationScoped
public class FrontDoor {

    /** Category of the access log. */
    public static final String ACCESS_LOG = "access";

    /** Route template written in the access log for a request turned away before any route. */
    public static final String REFUSED = "-";

    private static final String TEMPLATE_KEY = "madiun.route-template";
    private static final Logger LOG = Logger.getLogger(ACCESS_LOG);
    private static final List<String> TRICKS = List.of("..", "%2e", "%2f", "%5c", "\\", "//", ";", "%00", "%25");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SWAGGER_UI = Pattern.compile("/q/swagger-ui(/[A-Za-z0-9._-]*)*");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::enter);
    }

    /** The route template this request was answered under, for metrics and the access log. */
    public static void template(RoutingContext ctx, String template) {
        ctx.put(TEMPLATE_KEY, template);
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(template);
        }
    }

    void enter(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.addEndHandler(v -> log(ctx, started));
        String path = ctx.request().path();
        if (path == null || tricky(path)) {
            template(ctx, REFUSED);
            Problems.send(ctx, Problems.Kind.BAD_PATH);
            return;
        }
        if (path.startsWith("/api/")) {
            ctx.next(); // the guard names the template once the access table has matched the path
        } else if ("/openapi".equals(path) || SWAGGER_UI.matcher(path).matches()) {
            template(ctx, path);
            ctx.next();
        } else {
            template(ctx, REFUSED);
            Problems.send(ctx, Problems.Kind.NOT_FOUND);
        }
    }

    /** True when the raw path holds a spelling that a decoder or a server could read as another path. */
    static boolean tricky(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return TRICKS.stream().anyMatch(lower::contains) || CONTROL.matcher(rawPath).find()
                || lower.endsWith("/.") || lower.contains("/./") || !rawPath.startsWith("/");
    }

    private static void log(RoutingContext ctx, long started) {
        String template = ctx.get(TEMPLATE_KEY);
        LOG.infof("%s \"%s %s\" %d %d %d ms", ctx.request().getHeader(Guard.REQUEST_ID), ctx.request().method(),
                template == null ? REFUSED : template, ctx.response().getStatusCode(),
                ctx.response().bytesWritten(), (System.nanoTime() - started) / 1_000_000);
    }
}
