package id.go.madiunkota.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the Idempotency-Key of write requests is kept, under {@code madiun.idempotency}; the defaults suit every service. */
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
}
