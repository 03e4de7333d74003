package id.go.madiunkota.helpdesk.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.Consultations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Personal data (UU 27/2022): the caller's phone and the complainant's phone and e-mail are encrypted in the database,
 * and the service's log (target/helpdesk-test.log in tests) names consultations and complaints by id only.
 */
@QuarkusTest
@TestSecurity(user = "agen.privacy", roles = "helpdesk-agent")
class PersonalDataTest {

    private static final Path LOG = Path.of("target/helpdesk-test.log");

    @Inject
    EntityManager entityManager;

    @Test
    void phonesAndEmailsAreEncryptedAtRest() {
        String consultation = Consultations.open();
        String complaint = given().contentType(ContentType.JSON).body(Bodies.complaint())
                .when().post("/api/helpdesk/complaints").then().statusCode(201).extract().path("id");

        Object callerPhone = column("select caller_phone from consultation where id = cast(?1 as uuid)", consultation);
        Object complainantPhone = column("select complainant_phone from complaint where id = cast(?1 as uuid)",
                complaint);
        Object complainantEmail = column("select complainant_email from complaint where id = cast(?1 as uuid)",
                complaint);
        assertThat(String.valueOf(callerPhone)).startsWith("v1:").doesNotContain(Bodies.CALLER_PHONE);
        assertThat(String.valueOf(complainantPhone)).startsWith("v1:").doesNotContain(Bodies.COMPLAINANT_PHONE);
        assertThat(String.valueOf(complainantEmail)).startsWith("v1:").doesNotContain("rina.kusuma");
        // ... and read back in plain text by staff.
        given().when().get("/api/helpdesk/consultations/" + consultation).then().statusCode(200)
                .body("caller.phone", org.hamcrest.Matchers.equalTo(Bodies.CALLER_PHONE));
    }

    @Test
    void theLogNamesConsultationsAndComplaintsByIdOnly() throws Exception {
        String consultation = Consultations.open();
        Consultations.escalate(consultation).statusCode(200);
        String complaint = given().contentType(ContentType.JSON).body(Bodies.complaint())
                .when().post("/api/helpdesk/complaints").then().statusCode(201).extract().path("id");
        Map<String, Object> refused = Bodies.consultation();
        refused.remove("question");
        given().contentType(ContentType.JSON).body(refused).when().post(Consultations.BASE).then().statusCode(400);

        // The log is written: the ids are in it (so the search below can fail).
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String log = Files.readString(LOG);
            return log.contains(consultation) && log.contains(complaint);
        });
        assertThat(Files.readString(LOG)).doesNotContain(Bodies.CALLER_NAME, Bodies.CALLER_PHONE,
                Bodies.COMPLAINANT_NAME, Bodies.COMPLAINANT_PHONE, Bodies.COMPLAINANT_EMAIL);
    }

    private Object column(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult());
    }
}
