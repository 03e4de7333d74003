package id.go.madiunkota.events.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Runs the test application against a broker of its own, which the test may stop and start (see {@link #broker()}). */
public class OwnBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBrokerProcess broker;

    /** The broker of the running test application. */
    public static KafkaBrokerProcess broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        try {
            broker = KafkaBrokerProcess.create();
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test's own Kafka broker", e);
        }
        return Map.of(
                "madiun.outbox.kafka.bootstrap-servers", broker.bootstrapServers(),
                "mp.messaging.incoming.sharedtest-events.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        try {
            broker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
