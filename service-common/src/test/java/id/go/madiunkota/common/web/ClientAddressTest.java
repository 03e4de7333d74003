package id.go.madiunkota.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address an anonymous request is scoped to. */
class ClientAddressTest {

    private final ClientAddress loopback = new ClientAddress(List.of("127.0.0.1", "::1"));

    @Test
    void theHeaderIsBelievedFromATrustedGatewayOnly() {
        assertThat(loopback.of("127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(loopback.of("0:0:0:0:0:0:0:1", "2001:db8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(loopback.of("::ffff:127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        // A client that reaches the service directly cannot choose its scope.
        assertThat(loopback.of("203.0.113.9", "203.0.113.5")).isEqualTo("203.0.113.9");
        assertThat(loopback.of("203.0.113.9", null)).isEqualTo("203.0.113.9");
    }

    @Test
    void withoutTheHeaderTheGatewaysOwnAddressIsTheScope() {
        assertThat(loopback.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(loopback.of("127.0.0.1", "  ")).isEqualTo("127.0.0.1");
    }

    @Test
    void aHeaderThatIsNotAnAddressStillTellsClientsApartWithoutBeingLookedUp() {
        String first = loopback.of("127.0.0.1", "example.org");
        String second = loopback.of("127.0.0.1", "example.net");
        assertThat(first).startsWith("sha256:").isNotEqualTo(second).hasSize(7 + 32);
        assertThat(loopback.of("127.0.0.1", "x".repeat(10_000))).hasSize(7 + 32);
    }

    @Test
    void rangesAreAccepted() {
        ClientAddress network = new ClientAddress(List.of("10.0.0.0/8", "fd00::/8"));
        assertThat(network.of("10.1.2.3", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(network.of("11.1.2.3", "203.0.113.5")).isEqualTo("11.1.2.3");
        assertThat(network.of("fd12::1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(network.of("127.0.0.1", "203.0.113.5")).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedGatewayThatIsNotAnAddressStopsTheService() {
        assertThatThrownBy(() -> new ClientAddress(List.of("gateway.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trusted-gateways");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
