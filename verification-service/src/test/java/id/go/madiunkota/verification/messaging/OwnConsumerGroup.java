package id.go.madiunkota.verification.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The invitations consumer in a consumer group of its own, starting at the end of {@code training.events}, with a
 * dead-letter topic of its own: on the shared broker, other runs and a running suite neither take this run's records
 * nor feed it old ones.
 */
public class OwnConsumerGroup implements QuarkusTestProfile {

    private static final String RUN = UUID.randomUUID().toString();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.training-events.group.id", "verification-invitations-test-" + RUN,
                "mp.messaging.incoming.training-events.auto.offset.reset", "latest",
                "mp.messaging.incoming.training-events.dead-letter-queue.topic",
                "verification-invitations.dlq.test-" + RUN);
    }
}
