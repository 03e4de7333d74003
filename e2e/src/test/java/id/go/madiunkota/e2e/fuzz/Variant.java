package id.go.madiunkota.e2e.fuzz;

import java.util.Map;

/**
 * One hostile request for an operation: what it changes ({@code name}), and the request itself.
 *
 * @param operation the operation it was made for
 * @param name what is hostile about it, such as {@code path id: NUL} or {@code body applicant.name: 100 kB}
 * @param method the HTTP method to send
 * @param target path and query, already percent-encoded as they go on the wire
 * @param headers extra headers (Content-Type among them when the variant sends one)
 * @param body the body's bytes, or null for none
 */
public record Variant(Operation operation, String name, String method, String target, Map<String, String> headers,
        byte[] body) {
}
