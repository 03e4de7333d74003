package id.go.madiunkota.common.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose address an anonymous request comes from, for scoping its Idempotency-Key: the {@value #HEADER} header when
 * the TCP peer is a trusted gateway (the gateway removes any value a client sends and sets the address it sees),
 * otherwise the TCP peer itself. Trusted gateways are IP addresses or CIDR ranges (such as {@code 127.0.0.1},
 * {@code ::1}, {@code 10.0.0.0/8}); names are not resolved.
 */
final class ClientAddress {

    /** The request header in which a trusted gateway passes the client's address. */
    static final String HEADER = "X-Client-Address";

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int MAX_SHOWN = 64;

    private final List<Range> trusted;

    ClientAddress(List<String> trustedGateways) {
        this.trusted = trustedGateways.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::of).toList();
    }

    /**
     * The address to scope by: the header's value from a trusted peer (a value that is not an IP address is kept
     * as its hash, so that it still tells clients apart), the peer's own address otherwise.
     */
    String of(String peer, String header) {
        Optional<InetAddress> peerAddress = literal(peer);
        boolean fromGateway = peerAddress.isPresent() && trusted.stream().anyMatch(r -> r.contains(peerAddress.get()));
        if (fromGateway && header != null && !header.isBlank()) {
            String value = header.strip();
            return literal(value).map(InetAddress::getHostAddress).orElseGet(() -> "sha256:" + sha256(value));
        }
        return peerAddress.map(InetAddress::getHostAddress)
                .orElse(peer == null ? "unknown" : peer.substring(0, Math.min(peer.length(), MAX_SHOWN)));
    }

    /** The address an IP literal names, without any name lookup; empty for anything else. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IP_LITERAL.matcher(bare).matches() || !(bare.contains(":") || bare.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** An address with the number of leading bits that must match. */
    private record Range(byte[] address, int bits) {

        static Range of(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            InetAddress address = literal(host).orElseThrow(() -> new IllegalArgumentException(
                    "madiun.idempotency.trusted-gateways: not an IP address or CIDR range: " + text));
            int max = address.getAddress().length * 8;
            int bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("madiun.idempotency.trusted-gateways: bad prefix length: " + text);
            }
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
