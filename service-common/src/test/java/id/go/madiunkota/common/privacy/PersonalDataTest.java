package id.go.madiunkota.common.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Personal data in a running service: a NIK column encrypted through {@link EncryptedStringConverter} (a CDI bean
 * Hibernate obtains from Quarkus), found by its lookup hash, shown masked.
 */
@QuarkusTest
class PersonalDataTest {

    private static final String PEOPLE = "/privacy-test/people";

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    EntityManager entityManager;

    @Test
    void aNikIsStoredEncryptedWithItsLookupHashAndShownMasked() {
        String nik = uniqueNik();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Siti Aminah", "nik", nik, "npwp", "01.234.567.8-901.000"))
                .post(PEOPLE).then().statusCode(201)
                .body("nik", equalTo(nik.substring(0, 4) + "********" + nik.substring(12)))
                .body("npwp", equalTo("01**********000"))
                .body(not(containsString(nik)))
                .extract().path("id");

        Map<String, String> row = row(id);
        assertThat(row.get("nik")).startsWith("v1:").doesNotContain(nik);
        assertThat(cipher.decrypt(row.get("nik"))).isEqualTo(nik);
        assertThat(row.get("npwp")).startsWith("v1:").doesNotContain("012345678901000");
        assertThat(cipher.decrypt(row.get("npwp"))).isEqualTo("012345678901000");
        assertThat(row.get("nik_hash")).isEqualTo(cipher.lookupHash(nik)).hasSize(64);
    }

    @Test
    void theConverterDecryptsWhenTheEntityIsRead() {
        String nik = uniqueNik();
        String id = add(nik);
        TestPerson person = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(TestPerson.class, UUID.fromString(id)));
        assertThat(person.nik().value()).isEqualTo(nik);
        assertThat(person.npwp()).isNull();
        given().get(PEOPLE + "/" + id).then().statusCode(200).body("nik", equalTo(new Nik(nik).masked()));
    }

    @Test
    void theSameNikIsEncryptedDifferentlyButFoundByItsHashHoweverWritten() {
        String nik = uniqueNik();
        String first = add(nik);
        String second = add(nik);
        assertThat(row(first).get("nik")).isNotEqualTo(row(second).get("nik"));
        assertThat(row(first).get("nik_hash")).isEqualTo(row(second).get("nik_hash"));

        String written = nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " "
                + nik.substring(12);
        given().queryParam("nik", written).get(PEOPLE).then().statusCode(200)
                .body("id", hasSize(2))
                .body("nik", contains(new Nik(nik).masked(), new Nik(nik).masked()));
    }

    private static String add(String nik) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Budi", "nik", nik))
                .post(PEOPLE).then().statusCode(201).extract().path("id");
    }

    /** A valid NIK no other test is likely to use: Madiun, a random birth date and serial. */
    static String uniqueNik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("357701%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(100), random.nextInt(1, 10_000));
    }

    private Map<String, String> row(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT nik, nik_hash, npwp FROM privacy_test_person WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, String> values = new HashMap<>();
                values.put("nik", row.getString("nik"));
                values.put("nik_hash", row.getString("nik_hash"));
                values.put("npwp", row.getString("npwp"));
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
