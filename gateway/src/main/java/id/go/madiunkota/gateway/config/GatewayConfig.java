package id.go.madiunkota.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Settings of the gateway, under {@code madiun.gateway}. */
@ConfigMapping(prefix = "madiun.gateway")
public interface GatewayConfig {

    /** Where each service runs, by its path segment: {@code ppid} serves {@code /api/ppid/**}. */
    Map<String, URI> services();

    /** How long to wait for a TCP connection to a service before answering 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent once connected before the gateway answers 504. */
    @WithDefault("30s")
    Duration readTimeout();
}
