package id.go.madiunkota.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * How the Idempotency-Key of write requests is kept, under {@code madiun.idempotency}; the defaults suit every service.
 */
@ConfigMapping(prefix = "madiun.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are remembered; a key repeated later starts a new request. */
    @WithDefault("24h")
    Duration retention();

    /**
     * How long a first request may run before a duplicate may take over its key, the first presumed lost with its
     * instance. Until then duplicates are answered 409.
     */
    @WithDefault("5m")
    Duration abandonedAfter();

    /** How often each instance deletes records past their retention. */
    @WithDefault("1h")
    Duration cleanupInterval();

    /**
     * The TCP peers whose {@code X-Client-Address} header is believed: the gateway's addresses, as IP addresses or
     * CIDR ranges (no host names). An anonymous caller's key is scoped to its address: the header's value when the
     * request comes from one of these, the peer's own address otherwise. Default: loopback only (gateway and
     * services on one host); behind a container network, add the gateway's address or range.
     */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedGateways();
}
