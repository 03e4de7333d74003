package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.applicantOf;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.entity.InformationRequest;
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
 * A value at its documented maximum length fits its encrypted column, whatever its characters: the address (at most
 * 1,000 UTF-16 units, as {@code @Size} counts) in 1- to 4-byte UTF-8 characters is stored encrypted and read back
 * whole; one unit more is a 400 naming the field.
 */
@QuarkusTest
class MaximumLengthStorageTest {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest(name = "{1} x {0}")
    @CsvSource({
        "a, 1000",      // 1 byte each
        "é, 1000",      // 2 bytes
        "ꦲ, 1000",      // Javanese script, 3 bytes: the most bytes within 1,000 units
        "🙂, 500",      // 4 bytes, 2 UTF-16 units each
        "🙂, 400"})     // the case first reported
    void theLongestAddressIsStoredEncryptedAndReadBackWhole(String character, int count) {
        String address = character.repeat(count);
        Map<String, Object> body = personRequest();
        applicantOf(body).put("address", address);
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select applicant_address from information_request where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(stored).startsWith("v1:").doesNotContain(address).hasSizeGreaterThan(address.length());
        String readBack = QuarkusTransaction.requiringNew().call(() -> entityManager
                .find(InformationRequest.class, UUID.fromString(id)).applicant().address());
        assertThat(readBack).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource({"a, 1001", "🙂, 501"})
    void oneUnitMoreIsRefusedWithTheFieldNamed(String character, int count) {
        Map<String, Object> body = personRequest();
        applicantOf(body).put("address", character.repeat(count));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/api/ppid/requests")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field",
                        hasItem("applicant.address"));
    }
}
