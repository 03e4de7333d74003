package id.go.madiunkota.training.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The two consumers in consumer groups of their own, starting at the end of their topics, with dead-letter topics of
 * their own: on the shared broker, other consumers of the same topics (other runs of these tests, a running suite)
 * can neither take this run's records, nor feed it old ones, nor dead-letter this run's poison records for it.
 */
public class OwnConsumerGroups implements QuarkusTestProfile {

    private static final String RUN = UUID.randomUUID().toString();
    /** This run's dead-letter topic of the invitations consumer ({@code training-invitations.dlq} outside tests). */
    static final String INVITATIONS_DLQ = "training-invitations.dlq.test-" + RUN;
    /** This run's dead-letter topic of the calendar consumer ({@code training-calendar.dlq} outside tests). */
    static final String CALENDAR_DLQ = "training-calendar.dlq.test-" + RUN;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.incoming.verification-events.group.id", "training-invitations-test-" + RUN,
                "mp.messaging.incoming.verification-events.auto.offset.reset", "latest",
                "mp.messaging.incoming.verification-events.dead-letter-queue.topic", INVITATIONS_DLQ,
                "mp.messaging.incoming.ppid-events.group.id", "training-calendar-test-" + RUN,
                "mp.messaging.incoming.ppid-events.auto.offset.reset", "latest",
                "mp.messaging.incoming.ppid-events.dead-letter-queue.topic", CALENDAR_DLQ);
    }
}
