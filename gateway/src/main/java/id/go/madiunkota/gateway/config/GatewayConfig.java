package id.go.madiunkota.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway, under {@code madiun.gateway}. */
@ConfigMapping(prefix = "madiun.gateway")
public interface GatewayConfig {

    /** Where each service runs, by its path segment: {@code ppid} serves {@code /api/ppid/**}. */
    Map<String, URI> services();

    /**
     * Where each service's management interface runs (health, metrics), by the same keys as {@link #services()}: the
     * gateway asks {@code /q/health/ready} there for its own readiness. Never routed to callers.
     */
    Map<String, URI> management();

    /**
     * The gateway's own public address, e.g. {@code https://layanan.madiunkota.go.id}, put in place of a service's
     * address in the absolute links the services answer with ({@code Location}, {@code Content-Location}). Unset:
     * taken from each request (its scheme and {@code Host}, or {@code X-Forwarded-Proto} and
     * {@code X-Forwarded-Host} when sent by a trusted proxy).
     */
    Optional<URI> publicBaseUrl();

    /** How long to wait for a TCP connection to a service before answering 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * Connections kept to each service. A request that finds all of them busy waits for one, within the connect
     * timeout; so this bounds what a stalled service can hold of the gateway.
     */
    @WithDefault("256")
    int maxConnectionsPerService();

    /** How long a service may stay silent once asked before the gateway answers 504. */
    @WithDefault("30s")
    Duration readTimeout();

    /** The largest request body forwarded (by its Content-Length); larger ones get 413. */
    @WithDefault("2097152")
    long maxBodyBytes();

    /**
     * The largest multipart body forwarded on a line of the access table marked {@code upload} (the document routes):
     * the services' document limit ({@code madiun.documents.max-size}, 10 MiB) plus 64 KiB of multipart framing.
     * Everywhere else, and for any other body on those routes, {@link #maxBodyBytes()} holds.
     */
    @WithDefault("10551296")
    long uploadMaxBodyBytes();

    /** The access table (see access-rules.txt): a classpath resource, or a file path. */
    @WithDefault("access-rules.txt")
    String accessRules();

    /** Where browsers reach Keycloak's realm, for Swagger UI's login in the merged OpenAPI document. */
    String publicAuthServerUrl();

    /** Per-service circuit breaker. */
    Breaker breaker();

    /** Rate limits. */
    RateLimit rateLimit();

    /** The circuit breaker in front of each service. */
    interface Breaker {

        /** Failed forwards in a row (no connection, or no answer in time) that open the circuit. */
        @WithDefault("5")
        int maxFailures();

        /** How long an open circuit answers 502 at once before one request is let through to test the service. */
        @WithDefault("5s")
        Duration resetTimeout();
    }

    /** Token buckets: a client may burst up to {@code burst} requests, refilled at {@code perMinute}. */
    interface RateLimit {

        /** Whether limits apply at all. */
        @WithDefault("true")
        boolean enabled();

        /** Calls without a token, per client address. */
        Limit anonymous();

        /** Calls with a token, per subject (the token's {@code sub}). */
        Limit authenticated();
    }

    /** One limit. */
    interface Limit {

        /** Steady rate, requests per minute. */
        @WithDefault("120")
        int perMinute();

        /** How many requests may come at once. */
        @WithDefault("30")
        int burst();
    }
}
