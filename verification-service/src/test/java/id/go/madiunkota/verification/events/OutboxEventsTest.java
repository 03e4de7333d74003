package id.go.madiunkota.verification.events;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.ProviderBodies;
import id.go.madiunkota.verification.entity.SuspensionReason;
import id.go.madiunkota.verification.service.ProviderService;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each step writes its event to the outbox in the same transaction, with the fields of its contract; a refused step
 * writes none.
 */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class OutboxEventsTest {

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    ProviderService providers;

    private JsonNode only(String aggregateId, String type) throws Exception {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select payload::text from outbox_event where aggregateid = :a and type = :t")
                .setParameter("a", aggregateId).setParameter("t", type).getResultList());
        assertThat(rows).as(type + " of " + aggregateId).hasSize(1);
        return json.readTree((String) rows.get(0));
    }

    private long count(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregateid = :a")
                .setParameter("a", aggregateId).getSingleResult()).longValue());
    }

    @Test
    void everyStepWritesItsEvent() throws Exception {
        String providerId = Fixtures.registerProvider();
        JsonNode registered = only(providerId, "verification.ProviderRegistered");
        assertThat(registered.get("companyName").asText()).isEqualTo("CV Maju Jaya Madiun");
        assertThat(registered.get("businessForm").asText()).isEqualTo("CV");

        String first = Fixtures.startVerification(providerId);
        JsonNode started = only(first, "verification.VerificationStarted");
        assertThat(started.get("providerId").asText()).isEqualTo(providerId);
        assertThat(started.get("checklistVersion").asText()).isEqualTo("NIB-2021");
        assertThat(started.get("verifier").asText()).isEqualTo("verifier-1");
        assertThat(started.get("attempt").asInt()).isEqualTo(1);
        assertThat(started.get("represented").asBoolean()).isFalse();

        Fixtures.blacklist(first, true);
        Fixtures.decide(first, Map.of("outcome", "REJECTED")).statusCode(200);
        JsonNode rejected = only(first, "verification.VerificationRejected");
        assertThat(rejected.get("blacklisted").asBoolean()).isTrue();
        assertThat(rejected.get("missingItems")).hasSize(NIB_ITEMS_CV.size());
        given().when().post(BASE + "/verifications/" + first + "/signature").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/LPSE/2026/04/0007"))
                .when().post(BASE + "/verifications/" + first + "/archive").then().statusCode(200);
        JsonNode archived = only(first, "verification.VerificationArchived");
        assertThat(archived.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(archived.get("archiveReference").asText()).isEqualTo("ARSIP/LPSE/2026/04/0007");

        String second = Fixtures.startVerification(providerId);
        assertThat(only(second, "verification.VerificationStarted").get("attempt").asInt()).isEqualTo(2);
        Fixtures.checkAll(second, NIB_ITEMS_CV);
        Fixtures.blacklist(second, false);
        Fixtures.decide(second, Map.of("outcome", "APPROVED")).statusCode(200);
        JsonNode activated = only(providerId, "verification.ProviderActivated");
        assertThat(activated.get("verificationId").asText()).isEqualTo(second);
        assertThat(activated.get("activatedAt").asText()).isNotBlank();

        providers.suspend(UUID.fromString(providerId),
                new ProviderBodies.Suspension(SuspensionReason.BLACKLISTED, "Catatan internal"),
                new Caller("admin-1", "admin-1", java.util.Set.of()));
        JsonNode suspended = only(providerId, "verification.ProviderSuspended");
        assertThat(suspended.get("reason").asText()).isEqualTo("BLACKLISTED");
        assertThat(suspended.get("suspendedBy").asText()).isEqualTo("admin-1");
        assertThat(suspended.toString()).doesNotContain("Catatan internal");
    }

    @Test
    void aRefusedStepWritesNoEvent() {
        String providerId = Fixtures.registerProvider();
        String id = Fixtures.startVerification(providerId);
        long before = count(id);
        Fixtures.decide(id, Map.of("outcome", "APPROVED")).statusCode(409);
        given().when().post(BASE + "/verifications/" + id + "/signature").then().statusCode(409);
        assertThat(count(id)).isEqualTo(before);
        assertThat(count(providerId)).isEqualTo(1);
    }

    @Test
    void aRepeatedRegistrationWithTheSameIdempotencyKeyIsAnsweredOnce() {
        Map<String, Object> body = Fixtures.provider();
        String key = "reg-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(BASE + "/providers").then().statusCode(201).extract().path("id");
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(BASE + "/providers").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(count(first)).isEqualTo(1);
    }
}
