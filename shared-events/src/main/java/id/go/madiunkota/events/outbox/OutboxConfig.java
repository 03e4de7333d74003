package id.go.madiunkota.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the outbox relay, under {@code madiun.outbox}. */
@ConfigMapping(prefix = "madiun.outbox")
public interface OutboxConfig {

    /** The service segment whose events this outbox holds (ppid, helpdesk, verification, training). */
    String service();

    /** Kafka brokers to publish to. */
    @WithName("kafka.bootstrap-servers")
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** Whether this instance runs a relay at all; instances that do race for one lock, so any number is safe. */
    @WithName("relay.enabled")
    @WithDefault("true")
    boolean relayEnabled();

    /** Most rows one batch publishes. */
    @WithName("relay.batch-size")
    @WithDefault("500")
    int batchSize();

    /** Longest wait between two looks at the outbox when no commit wakes the relay. */
    @WithName("relay.poll-interval")
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long to wait for Kafka's acknowledgement of one batch; keep it above the producer's 20 s delivery timeout.
     */
    @WithName("relay.ack-timeout")
    @WithDefault("30s")
    Duration ackTimeout();

    /** Longest pause between two tries while Kafka is unreachable (the pause doubles up to this). */
    @WithName("relay.max-backoff")
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long sent rows are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
