package id.go.madiunkota.common.web;

import id.go.madiunkota.common.problem.Problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Idempotency-Key filter through real HTTP requests against the test endpoints, counting their side effects in
 * the database.
 */
@QuarkusTest
class IdempotencyTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String EFFECTS = "/idempotency-test/effects";
    private static final String CLIENT_A = "192.0.2.10";
    private static final String CLIENT_B = "198.51.100.7";

    /** The service's clock (the test profile's): records are aged against it, on a shifted clock too. */
    @Inject
    java.time.Clock clock;

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore store;

    @AfterEach
    void openTheGate() {
        TestEffects.gate.countDown();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerAndRunOnce() {
        String key = UUID.randomUUID().toString();
        String label = "once-" + key;
        Response first = post(key, label).then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, nullValue())
                .body("label", equalTo(label)).body("createdBy", equalTo("anonymous"))
                .extract().response();

        Response second = post(key, label).then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"))
                .extract().response();

        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).contains(EFFECTS + "/");
        assertThat(second.contentType()).isEqualTo(first.contentType()).startsWith("application/json");
        assertThat(effects(label)).isEqualTo(1);
        post(key, label).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(effects(label)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndDoesNotRun() {
        String key = UUID.randomUUID().toString();
        post(key, "first-" + key).then().statusCode(201);

        post(key, "second-" + key).then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/problems/idempotency-key-reused"))
                .body("title", equalTo("Kunci idempotensi sudah dipakai"))
                .body("detail", equalTo("Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda."))
                .body("instance", equalTo(EFFECTS));
        request(key).header("Accept-Language", "en").body(Map.of("label", "second-" + key)).post(EFFECTS)
                .then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Idempotency key already used"));
        assertThat(effects("second-" + key)).isZero();
        assertThat(effects("first-" + key)).isEqualTo(1);
    }

    @Test
    void theSameKeyAndBodyOnAnotherPathIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, "path-" + key).then().statusCode(201);
        request(key).body(Map.of("label", "path-" + key)).post(EFFECTS + "/text")
                .then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        assertThat(effects("path-" + key)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        String label = "no-key-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("label", label)).post(EFFECTS).then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
        given().contentType(ContentType.JSON).body(Map.of("label", label)).post(EFFECTS).then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
        assertThat(effects(label)).isEqualTo(2);
    }

    static List<String> malformedKeys() {
        return List.of("", "tab\there", "kunci-é", "a".repeat(201));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformedKeys")
    void aMalformedKeyIsAValidationProblemAndNothingRuns(String key) {
        String label = "bad-key-" + UUID.randomUUID();
        request(key).header("Accept-Language", "en").body(Map.of("label", label)).post(EFFECTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/problems/validation"))
                .body("title", equalTo("Invalid data"))
                .body("errors.field", contains("Idempotency-Key"))
                .body("errors.message", contains("must be 1 to 200 printable ASCII characters"));
        assertThat(effects(label)).isZero();
        assertThat(records(key)).isZero();
    }

    @Test
    void aMalformedKeyIsExplainedInIndonesianByDefault() {
        request("").body(Map.of("label", "x")).post(EFFECTS).then().statusCode(400)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.message", contains("harus 1 sampai 200 karakter ASCII yang dapat dicetak"));
    }

    @Test
    void twoKeysInOneRequestAreRefused() {
        given().contentType(ContentType.JSON).header(IdempotencyFilter.HEADER, "a")
                .header(IdempotencyFilter.HEADER, "b")
                .body(Map.of("label", "two-keys")).post(EFFECTS)
                .then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void aKeyOfTwoHundredPrintableCharactersIsAccepted() {
        String key = ("~ !\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}" + UUID.randomUUID()).repeat(3)
                .substring(0, 200);
        String label = "long-key-" + UUID.randomUUID();
        post(key, label).then().statusCode(201);
        post(key, label).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(effects(label)).isEqualTo(1);
    }

    @Test
    void anAnswerOtherThan2xxIsNotKeptSoTheRequestRunsAgain() {
        String key = UUID.randomUUID().toString();
        String label = "refused-" + key;
        for (int attempt = 1; attempt <= 2; attempt++) {
            request(key).body(Map.of("label", label)).post(EFFECTS + "/refused")
                    .then().statusCode(409).contentType(PROBLEM)
                    .header(IdempotencyFilter.REPLAYED_HEADER, nullValue())
                    .body("type", endsWith("/invalid-transition"));
            assertThat(effects(label)).isEqualTo(attempt);
        }
        assertThat(records(key)).isZero();
    }

    @Test
    void aValidationFailureDoesNotKeepTheKey() {
        String key = UUID.randomUUID().toString();
        request(key).body(Map.of("label", "")).post(EFFECTS).then().statusCode(400)
                .body("errors.field", contains("label"));
        assertThat(records(key)).isZero();
        // Corrected, the same key goes through.
        post(key, "corrected-" + key).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
    }

    @Test
    void aDuplicateWhileTheFirstStillRunsIsAConflict() {
        TestEffects.gate = new CountDownLatch(1);
        String key = UUID.randomUUID().toString();
        String label = "slow-" + key;
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> request(key).body(Map.of("label", label)).post(EFFECTS + "/slow"));
        await().atMost(Duration.ofSeconds(20)).until(() -> records(key) == 1);

        request(key).header("Accept-Language", "en").body(Map.of("label", label)).post(EFFECTS + "/slow")
                .then().statusCode(409).contentType(PROBLEM)
                .header("Retry-After", equalTo("1"))
                .body("type", endsWith("/problems/idempotency-in-progress"))
                .body("title", equalTo("Request already in progress"));
        request(key).body(Map.of("label", label)).post(EFFECTS + "/slow")
                .then().statusCode(409).body("title", equalTo("Permintaan yang sama sedang diproses"));

        TestEffects.gate.countDown();
        Response answer = first.join();
        assertThat(answer.statusCode()).isEqualTo(201);
        request(key).body(Map.of("label", label)).post(EFFECTS + "/slow").then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true")).body("id", equalTo(answer.path("id")));
        assertThat(effects(label)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesRunOnce() {
        TestEffects.gate = new CountDownLatch(1);
        String key = UUID.randomUUID().toString();
        String label = "race-" + key;
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(CompletableFuture.supplyAsync(
                        () -> request(key).body(Map.of("label", label)).post(EFFECTS + "/slow").statusCode(), callers));
            }
            // Seven lose at once while the winner waits at the gate.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> requests.stream().filter(CompletableFuture::isDone).count() == 7);
            TestEffects.gate.countDown();
            List<Integer> statuses = requests.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(effects(label)).isEqualTo(1);
            assertThat(records(key)).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String label = "mine-" + key;
        // Another caller used the same key for something else: not this caller's concern.
        insertRecord("citizen2", key, "POST", "/elsewhere", "0".repeat(64), 201, OffsetDateTime.now(clock));

        request(key).body(Map.of("label", label)).post(EFFECTS + "/mine").then().statusCode(201)
                .body("createdBy", equalTo("citizen1"));
        request(key).body(Map.of("label", label)).post(EFFECTS + "/mine").then().statusCode(201)
                .header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(effects(label)).isEqualTo(1);
        assertThat(principals(key)).containsExactlyInAnyOrder("citizen1", "citizen2");
    }

    @Test
    void anonymousKeysAreScopedToTheClientAddressTheGatewayPasses() {
        String key = UUID.randomUUID().toString();
        String label = "anon-" + key;
        Response first = post(key, label, CLIENT_A).then().statusCode(201).body("label", equalTo(label))
                .extract().response();
        post(key, label, CLIENT_A).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"))
                .body("id", equalTo(first.path("id")));
        assertThat(principals(key)).containsExactly("anonymous@" + CLIENT_A);
    }

    @Test
    void anotherAnonymousClientWithTheSameKeyGetsAConflictThatRevealsNothing() {
        String key = UUID.randomUUID().toString();
        String label = "first-client-" + key;
        Response first = post(key, label, CLIENT_A).then().statusCode(201).extract().response();

        Response second = post(key, label, CLIENT_B).then().statusCode(409).contentType(PROBLEM)
                .header(IdempotencyFilter.REPLAYED_HEADER, nullValue())
                .header("Location", nullValue())
                .body("type", endsWith("/idempotency-key-other-caller"))
                .body("title", equalTo("Kunci idempotensi milik pengirim lain"))
                .extract().response();
        assertThat(second.asString()).doesNotContain(label).doesNotContain(String.valueOf((Object) first.path("id")))
                .doesNotContain(CLIENT_A);
        // Another body from the second client is refused the same way, and nothing ran for it.
        post(key, "other-" + key, CLIENT_B).then().statusCode(409).contentType(PROBLEM);
        assertThat(effects(label)).isEqualTo(1);
        assertThat(effects("other-" + key)).isZero();
        assertThat(principals(key)).containsExactly("anonymous@" + CLIENT_A);
        // The first client still gets its answer.
        post(key, label, CLIENT_A).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
    }

    @Test
    void concurrentAnonymousClientsWithOneKeyRunOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String label = "race-" + key;
        ExecutorService callers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (String client : List.of(CLIENT_A, CLIENT_B)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(key, label, client).statusCode();
                }, callers));
            }
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(effects(label)).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void withoutTheHeaderTheKeyIsScopedToTheConnectionsAddress() {
        String key = UUID.randomUUID().toString();
        post(key, "direct-" + key).then().statusCode(201);
        assertThat(principals(key)).singleElement().satisfies(principal ->
                assertThat(principal).isIn("anonymous@127.0.0.1", "anonymous@0:0:0:0:0:0:0:1"));
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void anAuthenticatedCallerIsScopedByItsSubjectWhateverItsAddress() {
        String key = UUID.randomUUID().toString();
        String label = "subject-" + key;
        request(key).header(ClientAddress.HEADER, CLIENT_A).body(Map.of("label", label)).post(EFFECTS + "/mine")
                .then().statusCode(201);
        request(key).header(ClientAddress.HEADER, CLIENT_B).body(Map.of("label", label)).post(EFFECTS + "/mine")
                .then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(principals(key)).containsExactly("citizen1");
    }

    @Test
    void aRecordOlderThanADayIsIgnored() {
        String key = UUID.randomUUID().toString();
        String label = "expired-" + key;
        insertRecord("anonymous@" + CLIENT_A, key, "POST", EFFECTS, "0".repeat(64), 201,
                OffsetDateTime.now(clock).minusHours(25));

        post(key, label, CLIENT_A).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, nullValue())
                .body("label", equalTo(label));
        post(key, label, CLIENT_A).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(effects(label)).isEqualTo(1);
    }

    @Test
    void anExpiredRecordOfAnotherAddressDoesNotHoldTheKey() {
        String key = UUID.randomUUID().toString();
        insertRecord("anonymous@" + CLIENT_B, key, "POST", EFFECTS, "0".repeat(64), 201,
                OffsetDateTime.now(clock).minusHours(25));
        post(key, "after-" + key, CLIENT_A).then().statusCode(201).body("label", equalTo("after-" + key));
    }

    @Test
    void aClaimAbandonedByALostInstanceIsTakenOver() {
        String key = UUID.randomUUID().toString();
        String label = "abandoned-" + key;
        insertRecord("anonymous@" + CLIENT_A, key, "POST", EFFECTS, "0".repeat(64), null,
                OffsetDateTime.now(clock).minusMinutes(6));
        post(key, label, CLIENT_A).then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, nullValue());
        assertThat(effects(label)).isEqualTo(1);
        assertThat(records(key)).isEqualTo(1);
    }

    @Test
    void anAnswerWithoutBodyIsReplayedWithoutBody() {
        String key = UUID.randomUUID().toString();
        long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        request(key).delete(EFFECTS + "/" + id).then().statusCode(204).body(emptyOrNullString());
        request(key).delete(EFFECTS + "/" + id).then().statusCode(204).body(emptyOrNullString())
                .header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"));
        assertThat(effects("deleted " + id)).isEqualTo(1);
    }

    @Test
    void aTextAnswerIsReplayedAsText() {
        String key = UUID.randomUUID().toString();
        String label = "text-" + key;
        Response first = request(key).body(Map.of("label", label)).post(EFFECTS + "/text")
                .then().statusCode(200).contentType(ContentType.TEXT).extract().response();
        Response second = request(key).body(Map.of("label", label)).post(EFFECTS + "/text")
                .then().statusCode(200).header(IdempotencyFilter.REPLAYED_HEADER, equalTo("true"))
                .extract().response();
        assertThat(second.asString()).isEqualTo(first.asString()).startsWith("effect ");
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(effects(label)).isEqualTo(1);
    }

    @Test
    void readsIgnoreTheKey() {
        given().header(IdempotencyFilter.HEADER, "").get("/standard").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentOffersTheKeyOnWriteOperationsOnly() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/idempotency-test/effects'.post.parameters.name", contains("Idempotency-Key"))
                .body("paths.'/idempotency-test/effects'.post.parameters[0].in", equalTo("header"))
                .body("paths.'/idempotency-test/effects'.post.parameters[0].schema.maxLength", equalTo(200))
                .body("paths.'/idempotency-test/effects/{id}'.delete.parameters.name",
                        containsInAnyOrder("id", "Idempotency-Key"))
                .body("paths.'/standard/versions'.post.parameters.name", contains("Idempotency-Key"))
                .body("paths.'/standard'.get.parameters", nullValue());
    }

    @Test
    void expiredRecordsAreDeleted() {
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        insertRecord("anonymous", old, "POST", EFFECTS, "0".repeat(64), 201, OffsetDateTime.now(clock).minusHours(30));
        insertRecord("anonymous", fresh, "POST", EFFECTS, "0".repeat(64), 201, OffsetDateTime.now(clock).minusHours(1));
        assertThat(store.purgeExpired()).isPositive();
        assertThat(records(old)).isZero();
        assertThat(records(fresh)).isEqualTo(1);
    }

    private static RequestSpecification request(String key) {
        return given().contentType(ContentType.JSON).header(IdempotencyFilter.HEADER, key);
    }

    private static Response post(String key, String label) {
        return request(key).body(Map.of("label", label)).post(EFFECTS);
    }

    /** As an anonymous client whose address the gateway (here: the test, from loopback) passes on. */
    private static Response post(String key, String label, String clientAddress) {
        return request(key).header(ClientAddress.HEADER, clientAddress).body(Map.of("label", label)).post(EFFECTS);
    }

    private int effects(String label) {
        return count("SELECT count(*) FROM idempotency_test_effect WHERE label = ?", label);
    }

    private int records(String key) {
        return count("SELECT count(*) FROM idempotency_record WHERE key = ?", key);
    }

    private List<String> principals(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT principal FROM idempotency_record WHERE key = ?")) {
            query.setString(1, key);
            List<String> principals = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    principals.add(rows.getString(1));
                }
            }
            return principals;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertRecord(String principal, String key, String method, String path, String hash, Integer status,
            OffsetDateTime createdAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO idempotency_record (key, principal, method, path, request_hash, status,
                            response_body, response_headers, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, '{"stale":true}', '{"Content-Type":"application/json"}', ?)""")) {
            insert.setString(1, key);
            insert.setString(2, principal);
            insert.setString(3, method);
            insert.setString(4, path);
            insert.setString(5, hash);
            insert.setObject(6, status);
            insert.setObject(7, createdAt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
