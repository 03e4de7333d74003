package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Personal data at rest and in logs: the stored provider and verification rows, the outbox rows and the test log
 * hold neither NIK nor NPWP, phone or address in plain text; the values decrypt back through the API (masked).
 */
@QuarkusTest
class PersonalDataStorageTest {

    @Inject
    EntityManager entityManager;

    private String rowAsText(String table, String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select row_to_json(t)::text from " + table + " t where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void noNikNpwpPhoneOrAddressIsStoredInPlainText() throws IOException {
        Map<String, Object> body = Fixtures.provider();
        String npwp = (String) body.get("npwp");
        String providerId = Fixtures.register(body);
        String verificationId = given().contentType(ContentType.JSON)
                .body(Fixtures.represented(Fixtures.start(providerId, "NIB-2021")))
                .when().post(BASE + "/verifications").then().statusCode(201).extract().path("id");

        String provider = rowAsText("provider", providerId);
        assertThat(provider).contains("CV Maju Jaya Madiun").contains("\"director_nik\":\"v1:");
        assertThat(provider).doesNotContain(Fixtures.DIRECTOR_NIK, npwp, Fixtures.PHONE, Fixtures.ADDRESS);
        String verification = rowAsText("verification", verificationId);
        assertThat(verification).contains("\"representative_nik\":\"v1:");
        assertThat(verification).doesNotContain(Fixtures.REPRESENTATIVE_NIK);

        String outbox = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select coalesce(string_agg(payload::text, ' '), '') from outbox_event "
                        + "where aggregateid in (:p, :v)")
                .setParameter("p", providerId).setParameter("v", verificationId).getSingleResult());
        assertThat(outbox).contains(providerId).doesNotContain(Fixtures.DIRECTOR_NIK, Fixtures.REPRESENTATIVE_NIK,
                npwp, Fixtures.PHONE, Fixtures.ADDRESS);

        Path log = Path.of("target/verification-test.log");
        assertThat(log).as("the test profile writes its log to a file").exists();
        String written = Files.readString(log);
        // positive control: the log holds this provider's and this verification's own lines, by id
        assertThat(written).contains("Registered provider " + providerId, "Started verification " + verificationId);
        assertThat(written).doesNotContain(Fixtures.DIRECTOR_NIK, Fixtures.REPRESENTATIVE_NIK, npwp,
                Fixtures.ADDRESS);
    }

    @Test
    void anIndividualsNameStaysOutOfTheEvents() {
        Map<String, Object> body = Fixtures.provider();
        body.put("businessForm", "INDIVIDUAL");
        body.put("companyName", "Sutrisno Wibowo");
        String providerId = Fixtures.register(body);
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select payload::text from outbox_event where aggregateid = :p "
                        + "and type = 'verification.ProviderRegistered'")
                .setParameter("p", providerId).getSingleResult());
        assertThat(payload).contains("INDIVIDUAL").doesNotContain("Sutrisno", "companyName");
    }
}
