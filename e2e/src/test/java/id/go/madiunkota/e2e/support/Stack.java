package id.go.madiunkota.e2e.support;

/**
 * Where the running stack is: the gateway, the portal, Keycloak and Kafka on this machine by default (as
 * {@code ./suite up} starts them), each overridable by an environment variable.
 */
public final class Stack {

    private Stack() {
    }

    /** The gateway: {@code GATEWAY_URL}, default http://localhost:8080. */
    public static String gatewayUrl() {
        return env("GATEWAY_URL", "http://localhost:8080");
    }

    /** The portal (the public web pages): {@code PORTAL_URL}, default http://localhost:8085. */
    public static String portalUrl() {
        return env("PORTAL_URL", "http://localhost:8085");
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

    /**
     * An application's management interface (health, metrics; never routed by the gateway), by its name
     * ({@code gateway}, {@code ppid}, {@code helpdesk}, {@code verification}, {@code training}, {@code portal}):
     * {@code <NAME>_MANAGEMENT_URL}, else http://localhost:{@code <NAME>_MANAGEMENT_PORT}, default ports 9000
     * (gateway), 9001–9004 (the services in that order) and 9005 (portal).
     */
    public static String managementUrl(String app) {
        String name = app.toUpperCase(java.util.Locale.ROOT);
        int index = java.util.List.of("gateway", "ppid", "helpdesk", "verification", "training", "portal")
                .indexOf(app);
        if (index < 0) {
            throw new IllegalArgumentException("No application " + app);
        }
        String port = env(name + "_MANAGEMENT_PORT", String.valueOf(9000 + index));
        return env(name + "_MANAGEMENT_URL", "http://localhost:" + port);
    }

    /**
     * The gateway's log file, where its access log (category {@code access}) is written: system property
     * {@code gateway.log} or {@code GATEWAY_LOG}, default {@code ../.local/logs/gateway.log} (as {@code ./suite up}
     * writes it, seen from the e2e module).
     */
    public static java.nio.file.Path gatewayLog() {
        String property = System.getProperty("gateway.log");
        return java.nio.file.Path.of(property != null && !property.isBlank() ? property.strip()
                : env("GATEWAY_LOG", "../.local/logs/gateway.log"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
