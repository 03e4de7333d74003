package id.go.madiunkota.events.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test application without its own relay, for tests and benchmarks that run relays of their own. */
public class RelayOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("madiun.outbox.relay.enabled", "false");
    }
}
