package id.go.madiunkota.e2e.support;

/**
 * Where the running stack is: the gateway, Keycloak and Kafka on this machine by default (as {@code ./suite up}
 * starts them), each overridable by an environment variable.
 */
public final class Stack {

    private Stack() {
    }

    /** The gateway: {@code GATEWAY_URL}, default http://localhost:8080. */
    public static String gatewayUrl() {
        return env("GATEWAY_URL", "http://localhost:8080");
    }

    /**
     * Keycloak's base URL: {@code KEYCLOAK_URL}, default http://localhost:8180. The gateway expects tokens whose
     * issuer is {@code <this>/realms/madiun}.
     */
    public static String keycloakUrl() {
        return env("KEYCLOAK_URL", "http://localhost:8180");
    }

    /** The Kafka broker: {@code KAFKA_BOOTSTRAP_SERVERS}, default localhost:9092. */
    public static String kafka() {
        return env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
