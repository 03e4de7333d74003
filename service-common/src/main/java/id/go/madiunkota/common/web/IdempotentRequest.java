package id.go.madiunkota.common.web;

/**
 * A write request that carries an Idempotency-Key, as far as idempotency cares.
 *
 * @param principal the caller's token subject, or {@code anonymous@} and the client's address
 * @param key the Idempotency-Key
 * @param method the HTTP method
 * @param path the request path with its query string
 * @param requestHash SHA-256 of the body, hex
 */
record IdempotentRequest(String principal, String key, String method, String path, String requestHash) {

    /** Whether {@code other} is the same request again: same method, path and body. */
    boolean sameAs(String otherMethod, String otherPath, String otherHash) {
        return method.equals(otherMethod) && path.equals(otherPath) && requestHash.equals(otherHash);
    }
}
