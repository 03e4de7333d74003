package id.go.madiunkota.gateway.routing;

import id.go.madiunkota.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import org.jboss.logging.Logger;

/** Forwards {@code /api/{service}/**} to the service, streaming bodies both ways with Vert.x's reverse proxy. */
@ApplicationScoped
public class ServiceRoutes {

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
                .setIdleTimeout((int) config.readTimeout().toSeconds())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        for (Map.Entry<String, URI> service : config.services().entrySet()) {
            URI target = service.getValue();
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(target.getPort(), target.getHost());
            router.route("/api/" + service.getKey() + "/*").handler(ProxyHandler.create(proxy));
            LOG.infof("Routing /api/%s/** to %s", service.getKey(), target);
        }
    }
}
