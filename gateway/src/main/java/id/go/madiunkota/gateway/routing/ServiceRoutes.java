package id.go.madiunkota.gateway.routing;

import id.go.madiunkota.gateway.config.GatewayConfig;
import id.go.madiunkota.gateway.web.Problems;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards {@code /api/{service}/**} to the service, streaming bodies both ways with Vert.x's reverse proxy. A service
 * that does not accept the connection, or does not start answering within the read timeout, gets the caller a 502 or
 * 504 problem; after several such failures in a row its circuit opens and the gateway answers 502 at once (without
 * tying up a connection) until a trial request gets through again.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** Order of the proxy routes: after the guard (request id, access, limits). */
    public static final int ORDER = 100;

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    private final GatewayConfig config;
    private final Vertx vertx;

    public ServiceRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnectionsPerService()));
        for (Map.Entry<String, URI> service : config.services().entrySet()) {
            String name = service.getKey();
            URI target = service.getValue();
            CircuitBreaker breaker = CircuitBreaker.create("service-" + name, vertx, new CircuitBreakerOptions()
                    .setMaxFailures(config.breaker().maxFailures())
                    .setTimeout(-1) // the read timeout of each request decides, see below
                    .setResetTimeout(config.breaker().resetTimeout().toMillis()))
                    .openHandler(v -> LOG.warnf("Circuit to %s opened: answering 502 without forwarding", name))
                    .closeHandler(v -> LOG.infof("Circuit to %s closed: forwarding again", name));
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setHost(target.getHost())
                            .setPort(target.getPort())
                            .setConnectTimeout(config.connectTimeout().toMillis())
                            .setIdleTimeout(config.readTimeout().toMillis())))
                    .addInterceptor(new Guarded(name, breaker, new PublicLinks(target, config.publicBaseUrl())));
            router.route("/api/" + name + "/*").order(ORDER).handler(ProxyHandler.create(proxy));
            LOG.infof("Routing /api/%s/** to %s", name, target);
        }
    }

    /**
     * Sends the request through the service's circuit breaker, turns a failure into a problem answer, and puts the
     * gateway's public address in the service's absolute links.
     */
    private final class Guarded implements ProxyInterceptor {

        private final String service;
        private final CircuitBreaker breaker;
        private final PublicLinks links;

        Guarded(String service, CircuitBreaker breaker, PublicLinks links) {
            this.service = service;
            this.breaker = breaker;
            this.links = links;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Future<ProxyResponse> answer = breaker.<ProxyResponse>execute(promise -> context.sendRequest()
                    .onComplete(promise));
            return answer.map(response -> {
                links.rewrite(response.headers(), context.request().proxiedRequest());
                return response;
            }).recover(failure -> Future.succeededFuture(problem(context, failure)));
        }

        private ProxyResponse problem(ProxyContext context, Throwable failure) {
            boolean timedOut = failure instanceof TimeoutException;
            if (!(failure instanceof OpenCircuitException)) {
                // The method and service only: the path can carry ids and tracking codes.
                LOG.warnf("Forwarding a %s request to %s failed: %s", context.request().getMethod(), service,
                        failure.toString());
            }
            Problems.Kind kind = timedOut ? Problems.Kind.GATEWAY_TIMEOUT : Problems.Kind.BAD_GATEWAY;
            String body = Problems.body(kind, context.request().headers().get("Accept-Language"),
                    context.request().proxiedRequest().path(), service, config.readTimeout().toSeconds()).encode();
            ProxyResponse response = context.request().release().response();
            response.headers().clear();
            return response.setStatusCode(kind.status())
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(body)));
        }
    }
}
