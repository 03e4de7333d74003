package id.go.madiunkota.verification.events;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.support.TopicReader;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.events.verification.VerificationRejected;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The provider's whole story over HTTP, and its events on the real broker: registration, a rejected verification, a
 * second one approved, the provider ACTIVE; an independent consumer reads {@code verification.ProviderActivated}
 * (which training-service consumes) from {@code verification.events}, keyed by the provider, without personal data.
 */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class VerificationEventsOnKafkaTest {

    private static final List<String> EXPECTED = List.of("verification.ProviderRegistered",
            "verification.VerificationStarted", "verification.VerificationRejected", "verification.ProviderActivated",
            "verification.VerificationArchived");

    @Test
    void aProviderRejectedOnceThenApprovedIsActivatedOnTheTopic() {
        Map<String, Object> registration = Fixtures.provider();
        String npwp = (String) registration.get("npwp");
        String providerId = Fixtures.register(registration);

        String first = Fixtures.startVerification(providerId);
        Fixtures.checkAll(first, List.of("DIRECTOR_KTP", "COMPANY_NPWP"));
        Fixtures.decide(first, Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "NIB belum ada"))
                .statusCode(200).body("status", equalTo("REJECTED"));
        given().when().post(BASE + "/verifications/" + first + "/signature").then().statusCode(200);

        String second = given().contentType(ContentType.JSON)
                .body(Fixtures.represented(Fixtures.start(providerId, "NIB-2021")))
                .when().post(BASE + "/verifications").then().statusCode(201)
                .body("attempt", equalTo(2)).extract().path("id");
        Fixtures.checkAll(second, NIB_ITEMS_CV);
        Fixtures.checkAll(second, List.of("POWER_OF_ATTORNEY"));
        Fixtures.blacklist(second, false);
        Fixtures.decide(second, Map.of("outcome", "APPROVED", "note", "Dokumen lengkap")).statusCode(200);
        given().when().post(BASE + "/verifications/" + second + "/signature").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/LPSE/2026/03/0042"))
                .when().post(BASE + "/verifications/" + second + "/archive").then().statusCode(200);
        given().when().get(BASE + "/providers/" + providerId).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        Set<String> keys = Set.of(providerId, first, second);
        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(TopicReader.localBroker(),
                "verification.events", r -> keys.contains(r.key()),
                // the three aggregates lie on different partitions: read until every expected type has come
                found -> found.stream().map(VerificationEventsOnKafkaTest::type).collect(java.util.stream.Collectors
                        .toSet()).containsAll(EXPECTED),
                Duration.ofSeconds(60));

        assertThat(published).extracting(VerificationEventsOnKafkaTest::type).containsAll(EXPECTED);
        ConsumerRecord<String, byte[]> activated = published.stream()
                .filter(r -> type(r).equals("verification.ProviderActivated")).findFirst().orElseThrow();
        assertThat(activated.key()).isEqualTo(providerId);
        assertThat(EventCodec.header(activated.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(providerId);
        ProviderActivated event = EventCodec.fromJson(activated.value(), ProviderActivated.class);
        assertThat(event.providerId().toString()).isEqualTo(providerId);
        assertThat(event.verificationId().toString()).isEqualTo(second);
        assertThat(event.companyName()).isEqualTo("CV Maju Jaya Madiun");
        assertThat(event.businessForm()).isEqualTo("CV");
        assertThat(event.activatedAt()).isNotNull();

        VerificationRejected rejected = EventCodec.fromJson(published.stream()
                .filter(r -> type(r).equals("verification.VerificationRejected")).findFirst().orElseThrow().value(),
                VerificationRejected.class);
        assertThat(rejected.verificationId().toString()).isEqualTo(first);
        assertThat(rejected.missingItems()).contains("NIB");

        for (ConsumerRecord<String, byte[]> record : published) {
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(json).as(type(record) + " carries no personal data").doesNotContain(
                    Fixtures.DIRECTOR_NIK, Fixtures.REPRESENTATIVE_NIK, npwp, Fixtures.PHONE, Fixtures.ADDRESS,
                    "Bambang Setiawan", "Dewi Lestari");
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return EventCodec.header(record.headers(), CloudEventHeaders.TYPE);
    }
}
