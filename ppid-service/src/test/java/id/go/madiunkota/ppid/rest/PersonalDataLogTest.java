package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.NIK;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.ppid.api.RequestBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service's log (the test profile writes it to target/ppid-test.log) carries registration numbers, never the NIK,
 * phone, address or name of an applicant, also when a request is refused.
 */
@QuarkusTest
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class PersonalDataLogTest {

    private static final Path LOG = Path.of("target/ppid-test.log");

    @Test
    void theLogNamesRequestsByNumberOnly() throws Exception {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        String number = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("registrationNumber");
        String id = given().when().get("/api/ppid/requests?q=" + number).then().statusCode(200)
                .extract().path("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "exemptionGrounds",
                List.of("PASAL_17_H"),
                "consequenceTest", "Rahasia pribadi.")).when().post("/api/ppid/requests/" + id + "/decision")
                .then().statusCode(200);
        Map<String, Object> refused = personRequest();
        refused.put("channel", "WALK_IN");
        refused.remove("purpose");
        given().contentType(ContentType.JSON).body(refused).when().post("/api/ppid/requests").then().statusCode(400);

        // The log is written: the request's number is in it (so the search below can fail).
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(LOG).contains(number));
        String log = Files.readString(LOG);
        assertThat(log).doesNotContain(NIK).doesNotContain("081234567890").doesNotContain("Jl. Pahlawan")
                .doesNotContain("Sri Wahyuni").doesNotContain("sri.wahyuni@example.id");
    }
}
