package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.support.EventsOnKafka;
import id.go.madiunkota.e2e.support.EventsOnKafka.Event;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Providers;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verification story on the real stack, through the gateway only, with the verifier's real token: a provider
 * registers online (anonymous, a unique NPWP per run), its first verification is rejected for missing documents, the
 * second — every document checked, not blacklisted — is approved, the provider is ACTIVE, the sheet is signed and the
 * file archived. The events arrive on {@code verification.events} in order, {@code ProviderActivated} among them,
 * without the NPWP, the director's NIK and name, the phone or the address.
 */
class VerificationStoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProviderIsRejectedOnceThenApprovedActivatedAndArchived() {
        // 1. The online registration (anonymous); a second one with the same NPWP is refused
        Providers.Registered provider = Providers.register();
        String providerId = provider.id();
        Gateway.anonymous().contentType(ContentType.JSON).body(Map.of("companyName", "PT Tiruan",
                "businessForm", "PT", "npwp", provider.npwp(),
                "director", Map.of("name", "Dewi Lestari", "nik", "3577014512920002"),
                "email", "tiruan@example.id", "phone", "0351999999", "address", "Jl. Lain No. 1, Kota Madiun"))
                .when().post("/api/verification/providers")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(409);
        Gateway.as(Providers.VERIFIER).queryParam("npwp", provider.npwp())
                .when().get("/api/verification/providers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(providerId));
        // the public cannot read providers
        Gateway.anonymous().when().get("/api/verification/providers/" + providerId).then().statusCode(401);
        Gateway.as("citizen1").when().get("/api/verification/providers/" + providerId).then().statusCode(403);

        // 2. First verification: two documents seen, not blacklisted, rejected with NIB missing
        JsonPath first = Providers.start(providerId, 1);
        String firstId = first.getString("id");
        List<String> codes = first.getList("documents.code");
        assertThat(codes).as("the NIB-2021 items for a PT").contains("DIRECTOR_KTP", "COMPANY_NPWP", "NIB",
                "DEED_OF_ESTABLISHMENT", "REGISTRATION_FORM", "PARTICIPATION_FORM");
        // one verification in progress at a time
        Gateway.as(Providers.VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("providerId", providerId, "checklistVersion", Providers.CHECKLIST))
                .when().post("/api/verification/verifications")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(409);
        Providers.check(firstId, "DIRECTOR_KTP");
        Providers.check(firstId, "COMPANY_NPWP");
        Providers.blacklist(firstId, false);
        // approval refused while items are unsatisfied
        Gateway.as(Providers.VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED", "missing", List.of(), "note", "Terlalu cepat"))
                .when().post("/api/verification/verifications/" + firstId + "/decision")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(409);
        List<String> expectedMissing = codes.stream()
                .filter(c -> !c.equals("DIRECTOR_KTP") && !c.equals("COMPANY_NPWP")).toList();
        Providers.post(firstId, "decision", Map.of("outcome", "REJECTED", "missing", List.of("NIB"),
                "note", "NIB belum dibawa; silakan datang kembali."))
                .body("status", equalTo("REJECTED"))
                .body("outcome", equalTo("REJECTED"))
                .body("missingItems", hasItem("NIB"))
                .body("missingItems", containsInAnyOrder(expectedMissing.toArray()))
                .body("decidedAt", notNullValue());
        Gateway.as(Providers.VERIFIER).when().get("/api/verification/providers/" + providerId)
                .then().statusCode(200).body("status", equalTo("REGISTERED"));

        // 3. Second verification: everything checked, not blacklisted, approved → provider ACTIVE
        JsonPath second = Providers.start(providerId, 2);
        String secondId = second.getString("id");
        for (String code : second.<String>getList("documents.code")) {
            Providers.check(secondId, code);
        }
        Providers.blacklist(secondId, false);
        Providers.approve(secondId, providerId);
        // a decided verification is not decided again
        Gateway.as(Providers.VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "Lagi"))
                .when().post("/api/verification/verifications/" + secondId + "/decision")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(409);

        // 4. The sheet signed, the file archived
        Providers.post(secondId, "signature", null).body("status", equalTo("SIGNED"))
                .body("signedAt", notNullValue()).body("signedBy", equalTo(Providers.VERIFIER));
        String archiveReference = "ARSIP/LPSE/E2E/" + secondId.substring(0, 8);
        Providers.post(secondId, "archive", Map.of("archiveReference", archiveReference))
                .body("status", equalTo("ARCHIVED"))
                .body("archiveReference", equalTo(archiveReference))
                .body("archivedAt", notNullValue());
        Gateway.as(Providers.VERIFIER).queryParam("providerId", providerId)
                .when().get("/api/verification/verifications")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItems(firstId, secondId))
                .body("items.status", hasItems("REJECTED", "ARCHIVED"));

        // 5. The events on verification.events, per aggregate in order
        Set<String> keys = Set.of(providerId, firstId, secondId);
        List<Event> events = EventsOnKafka.read("verification.events", e -> keys.contains(e.key()),
                found -> found.size() >= 6, Duration.ofSeconds(60));
        assertThat(events.stream().filter(e -> e.key().equals(providerId)).map(Event::type))
                .as("events of provider %s", providerId)
                .containsExactly("verification.ProviderRegistered", "verification.ProviderActivated");
        assertThat(events.stream().filter(e -> e.key().equals(firstId)).map(Event::type))
                .as("events of the rejected verification %s", firstId)
                .containsExactly("verification.VerificationStarted", "verification.VerificationRejected");
        assertThat(events.stream().filter(e -> e.key().equals(secondId)).map(Event::type))
                .as("events of the approved verification %s", secondId)
                .containsExactly("verification.VerificationStarted", "verification.VerificationArchived");

        JsonNode activated = json(events.stream().filter(e -> "verification.ProviderActivated".equals(e.type()))
                .findFirst().orElseThrow());
        assertThat(activated.path("providerId").asText()).isEqualTo(providerId);
        assertThat(activated.path("verificationId").asText()).isEqualTo(secondId);
        assertThat(activated.path("companyName").asText()).isEqualTo(provider.companyName());
        assertThat(activated.path("businessForm").asText()).isEqualTo("PT");
        assertThat(activated.path("activatedAt").isMissingNode()).as("activatedAt").isFalse();

        JsonNode rejected = json(events.stream().filter(e -> "verification.VerificationRejected".equals(e.type()))
                .findFirst().orElseThrow());
        assertThat(rejected.path("missingItems")).extracting(JsonNode::asText).contains("NIB");
        assertThat(rejected.path("blacklisted").asBoolean(true)).as("blacklisted").isFalse();

        JsonNode started2 = json(events.stream().filter(e -> e.key().equals(secondId)
                && "verification.VerificationStarted".equals(e.type())).findFirst().orElseThrow());
        assertThat(started2.path("attempt").asInt()).as("attempt of the second verification").isEqualTo(2);

        for (Event event : events) {
            assertThat(event.json()).as("payload of %s", event.type())
                    .doesNotContain(Providers.DIRECTOR_NIK, Providers.DIRECTOR_NAME, Providers.PHONE,
                            Providers.ADDRESS, provider.npwp(), "0" + provider.npwp());
        }
    }

    private static JsonNode json(Event event) {
        try {
            return JSON.readTree(event.json());
        } catch (IOException e) {
            throw new AssertionError("payload of " + event.type() + " is not JSON: " + event.json(), e);
        }
    }
}
