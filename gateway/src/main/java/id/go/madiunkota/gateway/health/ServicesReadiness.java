package id.go.madiunkota.gateway.health;

import id.go.madiunkota.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness of the services behind the gateway (asked on each service's management interface), each in the
 * answer's data. The gateway itself stays ready while at
 * least one service is: a caller of the others then gets 502 problems, which is better than no gateway at all.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder()
            // plain HTTP/1.1: the default h2c upgrade attempt sometimes broke on the services (frame size errors)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();

    public ServicesReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("services");
        int ready = 0;
        for (Map.Entry<String, URI> service : config.management().entrySet()) {
            String state = state(service.getValue());
            answer.withData(service.getKey(), state);
            ready += "UP".equals(state) ? 1 : 0;
        }
        return answer.status(ready > 0).build();
    }

    private String state(URI base) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "UNREACHABLE";
        }
    }
}
