package id.go.madiunkota.common.standard;

import id.go.madiunkota.common.problem.Problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service's {@code /standard} endpoints must do, run by each service against its own database
 * (a service's {@code StandardResourceTest} extends this and is a {@code @QuarkusTest}).
 */
public abstract class StandardContractTest {

    /**
     * The service's clock (the test profile's), so that "tomorrow" is the service's tomorrow on a shifted clock too.
     */
    @Inject
    Clock clock;

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    /** Readiness, on the management interface. */
    @TestHTTPResource(value = "health/ready", management = true)
    protected URL readiness;


    /** The service's code, such as {@code PPID}. */
    protected abstract String serviceCode();

    /** The service's REST prefix, such as {@code /api/ppid}. */
    protected String prefix() {
        return "/api/" + serviceCode().toLowerCase(java.util.Locale.ROOT);
    }

    /** A request against the service's own prefix. */
    protected io.restassured.specification.RequestSpecification api() {
        return given().basePath(prefix());
    }

    /** The targets the service reads from its standard; each must be in the seeded version. */
    protected abstract List<String> requiredTargets();

    @Test
    void anyoneReadsTheStandardInForceWithItsFourteenComponents() {
        JsonPath body = api().when().get("standard")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("service", equalTo(serviceCode()))
                .body("components", hasSize(14))
                .body("components.number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)))
                .body("components.content", everyItem(not(equalTo(""))))
                .body("effectiveDate", notNullValue())
                .extract().jsonPath();
        Map<String, Integer> targets = body.getMap("targets", String.class, Integer.class);
        assertThat(targets).containsKeys(requiredTargets().toArray(String[]::new));
        assertThat(targets.values()).allSatisfy(v -> assertThat(v).isPositive());
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void versionsListTheSeededVersion() {
        int total = api().when().get("standard/versions")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20))
                .extract().path("total");
        assertThat(total).isPositive();
        // newest first, so the seeded version 1 is the last of all pages
        api().queryParam("page", total - 1).queryParam("size", 1).when().get("standard/versions")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(total))
                .body("items[0].version", equalTo(1))
                .body("items[0].service", equalTo(serviceCode()));
    }

    @Test
    void versionsRefuseASizeOverTheLimit() {
        api().queryParam("size", 101).header("Accept-Language", "en").when().get("standard/versions")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
    }

    @Test
    void anUnknownVersionIsAProblemInTheCallersLanguage() {
        api().header("Accept-Language", "en").when().get("standard/versions/9999")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("9999"));
        api().header("Accept-Language", "id").when().get("standard/versions/9999")
                .then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Data tidak ditemukan"));
    }

    @Test
    void publishingNeedsAToken() {
        api().contentType(ContentType.JSON).body(contentEffective(tomorrow(), 14))
                .when().post("standard/versions")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void publishingNeedsTheAdminRole() {
        api().contentType(ContentType.JSON).body(contentEffective(tomorrow(), 14))
                .when().post("standard/versions")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminPublishesANewVersionThatTakesEffectOnItsDate() {
        String location = api().contentType(ContentType.JSON).body(contentEffective(tomorrow(), 14))
                .when().post("standard/versions")
                .then().statusCode(201)
                .body("service", equalTo(serviceCode()))
                .body("decreeNumber", equalTo("188.45/TEST/401.012/2026"))
                .extract().header("Location");
        int version = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        assertThat(version).isGreaterThan(1);

        api().when().get("standard/versions/" + version)
                .then().statusCode(200).body("effectiveDate", equalTo(tomorrow().toString()));
        // Not in force before its effective date.
        api().when().get("standard").then().statusCode(200).body("version", not(equalTo(version)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aVersionWithoutFourteenComponentsIsRefusedWithTheFieldNamed() {
        api().contentType(ContentType.JSON).header("Accept-Language", "en").body(contentEffective(tomorrow(), 13))
                .when().post("standard/versions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid data"))
                .body("errors.field", hasItem("components"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aVersionEffectiveInThePastIsRefused() {
        api().contentType(ContentType.JSON).body(contentEffective(LocalDate.of(2020, 1, 1), 14))
                .when().post("standard/versions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("standard-effective-date"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnknownFieldIsRefused() {
        Map<String, Object> body = new java.util.HashMap<>(contentEffective(tomorrow(), 14));
        body.put("colour", "blue");
        api().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("standard/versions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("colour"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void twoAdminsPublishingAtTheSameMomentGetOne201AndOne409() throws Exception {
        int newest = api().when().get("standard/versions").then().statusCode(200).extract().path("items[0].version");
        Map<String, Object> body = new java.util.HashMap<>(contentEffective(tomorrow(), 14));
        body.put("replaces", newest);
        java.util.concurrent.ExecutorService admins = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(admins.submit(() -> {
                    start.await();
                    return api().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                            .when().post("standard/versions");
                }));
            }
            start.countDown();
            List<io.restassured.response.Response> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(responses).extracting(io.restassured.response.Response::statusCode)
                    .containsExactlyInAnyOrder(201, 409);
            io.restassured.response.Response refused = responses.stream().filter(r -> r.statusCode() == 409)
                    .findFirst().orElseThrow();
            assertThat(refused.contentType()).startsWith(PROBLEM);
            assertThat(refused.jsonPath().getString("type")).endsWith("/standard-version-conflict");
            assertThat(refused.jsonPath().getString("detail")).contains("The newest version is now " + (newest + 1));
        } finally {
            admins.shutdownNow();
        }
        api().when().get("standard/versions").then().statusCode(200)
                .body("items[0].version", equalTo(newest + 1)).body("items[1].version", equalTo(newest));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aPublicationThatReplacesAnOlderVersionThanTheNewestIsRefused() {
        int newest = api().when().get("standard/versions").then().statusCode(200).extract().path("items[0].version");
        Map<String, Object> body = new java.util.HashMap<>(contentEffective(tomorrow(), 14));
        body.put("replaces", newest + 5);
        api().contentType(ContentType.JSON).body(body).when().post("standard/versions")
                .then().statusCode(409).contentType(PROBLEM).body("type", containsString("standard-version-conflict"))
                .body("title", equalTo("Versi baru sudah diterbitkan"));
        api().when().get("standard/versions").then().statusCode(200).body("items[0].version", equalTo(newest));
    }

    private LocalDate tomorrow() {
        return LocalDate.now(clock).plusDays(1);
    }

    private Map<String, Object> contentEffective(LocalDate effective, int componentCount) {
        JsonPath current = api().when().get("standard").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> components = new ArrayList<>(current.getList("components"));
        return Map.of(
                "title", current.getString("title"),
                "decreeNumber", "188.45/TEST/401.012/2026",
                "effectiveDate", effective.toString(),
                "source", "test",
                "components", components.subList(0, componentCount),
                "targets", current.getMap("targets"));
    }
}
