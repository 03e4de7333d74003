package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Bodies.callerOf;
import static id.go.madiunkota.helpdesk.support.Bodies.consultation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.helpdesk.support.Consultations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening and reading consultations: the answer, validation in both languages, and who may do it. */
@QuarkusTest
class ConsultationResourceTest {

    private static final String BASE = Consultations.BASE;
    private static final String PROBLEM = "application/problem+json";

    @Test
    @TestSecurity(user = "agen.open", roles = "helpdesk-agent")
    void anAgentOpensAConsultationAndReadsItBack() {
        String location = given().contentType(ContentType.JSON).body(consultation()).when().post(BASE)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("status", equalTo("OPEN")).body("channel", equalTo("PHONE"))
                .body("caller.name", equalTo("Agus Prasetyo")).body("caller.phone", equalTo("081234567890"))
                .body("caller.organization", equalTo("CV Maju Jaya")).body("agent", equalTo("agen.open"))
                .body("timing.targetMinutes", equalTo(30)).body("escalations", hasSize(0))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/api/helpdesk/consultations/" + id);
        given().when().get(location).then().statusCode(200).body("id", equalTo(id))
                .body("question", containsString("User ID penyedia terkunci"));
    }

    @Test
    @TestSecurity(user = "agen.idem", roles = "helpdesk-agent")
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswerAndOpensNothingMore() {
        String key = java.util.UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(consultation())
                .when().post(BASE).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(consultation())
                .when().post(BASE).then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        given().queryParam("agent", "agen.idem").when().get(BASE).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "agen.list", roles = "helpdesk-agent")
    void theListFiltersByStatusTopicAndAgentAndPages() {
        Map<String, Object> body = consultation();
        body.put("topic", "SIKAP");
        body.put("channel", "WALK_IN");
        callerOf(body).remove("phone"); // walk-in: no phone needed
        String sikap = Consultations.open(body);
        String other = Consultations.open();
        Consultations.resolve(other).statusCode(200);

        given().queryParam("agent", "agen.list").queryParam("topic", "SIKAP").when().get(BASE)
                .then().statusCode(200).body("items.id", hasItem(sikap)).body("items.id", not(hasItem(other)))
                .body("items.topic", everyItem(equalTo("SIKAP"))).body("page", equalTo(0)).body("size", equalTo(20));
        given().queryParam("agent", "agen.list").queryParam("status", "RESOLVED").when().get(BASE)
                .then().statusCode(200).body("items.id", hasItem(other)).body("items.id", not(hasItem(sikap)));
        given().queryParam("agent", "agen.list").queryParam("size", 1).when().get(BASE)
                .then().statusCode(200).body("items", hasSize(1)).body("total", greaterThanOrEqualTo(2));
    }

    @Test
    @TestSecurity(user = "agen.bad", roles = "helpdesk-agent")
    void missingAndMalformedFieldsAre400InIndonesianByDefault() {
        Map<String, Object> body = consultation();
        body.remove("topic");
        callerOf(body).put("name", "");
        callerOf(body).put("phone", "bukan nomor");
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItems("topic", "caller.name", "caller.phone"))
                .body("errors.find { it.field == 'topic' }.message", equalTo("wajib diisi"));
    }

    @Test
    @TestSecurity(user = "agen.bad", roles = "helpdesk-agent")
    void aPhoneConsultationNeedsTheCallersNumberInEitherLanguage() {
        Map<String, Object> body = consultation();
        callerOf(body).remove("phone");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("caller.phone"))
                .body("errors[0].message",
                        equalTo("the caller's phone number is required for a consultation by phone or SMS"));
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(body).when().post(BASE)
                .then().statusCode(400).body("errors[0].message",
                        equalTo("nomor telepon penelepon wajib diisi untuk konsultasi melalui telepon dan SMS"));
    }

    @Test
    @TestSecurity(user = "agen.bad", roles = "helpdesk-agent")
    void unknownValuesAndPropertiesAre400() {
        Map<String, Object> body = consultation();
        body.put("topic", "WEATHER");
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("topic"));
        body = consultation();
        body.put("priority", "HIGH");
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("priority"));
        given().queryParam("size", 500).when().get(BASE).then().statusCode(400).body("errors.field", hasItem("size"));
        given().when().get(BASE + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void withoutATokenEveryConsultationEndpointIs401() {
        given().contentType(ContentType.JSON).body(consultation()).when().post(BASE).then().statusCode(401)
                .contentType(PROBLEM);
        given().when().get(BASE).then().statusCode(401);
        given().when().get(BASE + "/00000000-0000-0000-0000-000000000001").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("answer", "x"))
                .when().post(BASE + "/00000000-0000-0000-0000-000000000001/resolution").then().statusCode(401);
        given().when().post(BASE + "/00000000-0000-0000-0000-000000000001/closure").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = {"ppid-officer", "auditor", "citizen"})
    void otherRolesAre403() {
        given().contentType(ContentType.JSON).body(consultation()).when().post(BASE).then().statusCode(403)
                .contentType(PROBLEM);
        given().when().get(BASE).then().statusCode(403);
        given().when().get(BASE + "/00000000-0000-0000-0000-000000000001").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().post(BASE + "/00000000-0000-0000-0000-000000000001/escalation").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("accepted", true))
                .when().post(BASE + "/00000000-0000-0000-0000-000000000001/relay").then().statusCode(403);
    }

    @Test
    void theTopicCatalogueIsPublicInBothLanguages() {
        given().when().get("/api/helpdesk/topics").then().statusCode(200).body("items", hasSize(8))
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(8))
                .body("items.find { it.code == 'E_CATALOGUE' }.label", equalTo("E-katalog"))
                .body("items.code", hasItems("REGISTRATION_VERIFICATION", "USER_ID_PASSWORD", "TENDER", "NON_TENDER",
                        "SIKAP", "TECHNICAL_ERROR", "OTHER"));
        given().header("Accept-Language", "en").when().get("/api/helpdesk/topics").then().statusCode(200)
                .body("items.find { it.code == 'USER_ID_PASSWORD' }.label", endsWith("User ID and password"));
        given().queryParam("page", 1).queryParam("size", 5).when().get("/api/helpdesk/topics").then().statusCode(200)
                .body("items", hasSize(3)).body("page", equalTo(1)).body("size", equalTo(5)).body("total", equalTo(8));
        given().queryParam("size", 0).header("Accept-Language", "en").when().get("/api/helpdesk/topics").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
    }
}
