package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider's address at its documented maximum (1,000 UTF-16 units, as {@code @Size} counts) fits its encrypted
 * column in 1- to 4-byte UTF-8 characters and is read back whole; one unit more is a 400 naming the field.
 */
@QuarkusTest
class MaximumLengthStorageTest {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest(name = "{1} x {0}")
    @CsvSource({"a, 1000", "ꦲ, 1000", "🙂, 500", "🙂, 400"})
    void theLongestAddressIsStoredEncryptedAndReadBackWhole(String character, int count) {
        String address = character.repeat(count);
        Map<String, Object> body = Fixtures.provider();
        body.put("address", address);
        String id = Fixtures.register(body);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select address from provider where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(stored).startsWith("v1:").doesNotContain(address).hasSizeGreaterThan(address.length());
        String readBack = QuarkusTransaction.requiringNew().call(() -> entityManager
                .find(Provider.class, UUID.fromString(id)).address());
        assertThat(readBack).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource({"a, 1001", "🙂, 501"})
    void oneUnitMoreIsRefusedWithTheFieldNamed(String character, int count) {
        Map<String, Object> body = Fixtures.provider();
        body.put("address", character.repeat(count));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post(BASE + "/providers")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("address"));
    }
}
