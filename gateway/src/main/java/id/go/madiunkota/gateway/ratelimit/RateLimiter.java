package id.go.madiunkota.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.madiunkota.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Token buckets per caller: a client address for calls without a token, the token's subject for calls with one. A
 * bucket holds up to {@code burst} requests and refills at {@code perMinute}; a bucket untouched for ten minutes is
 * forgotten, and at most 100 000 are kept (the least recently used go first).
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /**
     * Takes one request from the caller's bucket.
     *
     * @return zero when the request may go on, else how many whole seconds until the caller may try again
     */
    public long take(String caller, boolean authenticated) {
        if (!config.enabled()) {
            return 0;
        }
        GatewayConfig.Limit limit = authenticated ? config.authenticated() : config.anonymous();
        String key = (authenticated ? "sub:" : "addr:") + caller;
        return buckets.get(key, k -> new Bucket(limit.burst(), limit.perMinute())).take(System.nanoTime());
    }

    /** One caller's bucket. */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long updated;

        Bucket(int burst, int perMinute) {
            this.capacity = burst;
            this.perNano = perMinute / 60e9;
            this.tokens = burst;
            this.updated = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToWait = (1 - tokens) / perNano;
            return Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
        }
    }
}
