package id.go.madiunkota.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.log.LogDetail;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/**
 * The four services on their own ports, past the gateway: each checks the token again (issuer, signature, expiry,
 * audience {@code madiun-api}) and its own role rules. Only the tests of the services' own token checks call them.
 */
public final class Services {

    /**
     * A service, one protected endpoint of it, a demo user whose role it admits there, and one whose role it refuses.
     */
    public record Service(String name, String url, String protectedPath, String admitted, String refused) {

        /** A request to this service without a token. */
        public RequestSpecification anonymous() {
            return given().config(CONFIG).baseUri(url).log().ifValidationFails(LogDetail.ALL);
        }

        /** A request to this service carrying {@code token}, whatever it holds. */
        public RequestSpecification withToken(String token) {
            return anonymous().header("Authorization", "Bearer " + token);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 30_000));

    private Services() {
    }

    /**
     * The four services: URLs from {@code PPID_URL}, {@code HELPDESK_URL}, {@code VERIFICATION_URL},
     * {@code TRAINING_URL} (environment variable or system property), by default http://localhost:8081..8084.
     */
    public static List<Service> all() {
        return List.of(
                new Service("ppid", url("PPID_URL", "http://localhost:8081"), "/api/ppid/guestbook",
                        "ppid-officer", "citizen1"),
                new Service("helpdesk", url("HELPDESK_URL", "http://localhost:8082"), "/api/helpdesk/consultations",
                        "helpdesk-agent", "citizen1"),
                new Service("verification", url("VERIFICATION_URL", "http://localhost:8083"),
                        "/api/verification/providers", "verifier", "citizen1"),
                new Service("training", url("TRAINING_URL", "http://localhost:8084"), "/api/training/invitations",
                        "trainer", "citizen1"));
    }

    private static String url(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
