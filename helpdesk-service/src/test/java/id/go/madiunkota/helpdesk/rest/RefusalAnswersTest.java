package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Consultations.BASE;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.lkppAnswer;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static id.go.madiunkota.helpdesk.support.Consultations.relay;
import static id.go.madiunkota.helpdesk.support.Consultations.resolve;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.go.madiunkota.helpdesk.support.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the helpdesk answers, as a client reads it: status, problem type, title and detail, in Bahasa
 * Indonesia (the default) and in English, with the states and steps named as words of the language, never as codes.
 */
@QuarkusTest
@TestSecurity(user = "agen.tolak", roles = "helpdesk-agent")
class RefusalAnswersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://madiunkota.go.id/problems/";
    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000f00d1";

    @Test
    void aStepOutOfTurnIs409NamingStateAndStepInIndonesian() {
        String id = open();
        refused(id, "closure", null, "id").body("title", equalTo("Perubahan status tidak diizinkan"))
                .body("detail", equalTo("Tindakan 'menutup konsultasi' tidak dapat dilakukan saat status terbuka."));
        refused(id, "lkpp-answer", Map.of("answer", "a", "lkppReference", "r"), "id")
                .body("detail", equalTo("Tindakan 'mencatat jawaban LKPP' tidak dapat dilakukan saat status "
                        + "terbuka."));
        refused(id, "relay", Map.of("accepted", true), "id")
                .body("detail", equalTo("Tindakan 'menyampaikan jawaban LKPP' tidak dapat dilakukan saat status "
                        + "terbuka."));
        escalate(id).statusCode(200);
        refused(id, "resolution", Map.of("answer", "a"), "id")
                .body("detail", equalTo("Tindakan 'menjawab langsung' tidak dapat dilakukan saat status "
                        + "diteruskan ke LKPP."));
        refused(id, "escalation", Map.of("note", "n"), "id")
                .body("detail", equalTo("Tindakan 'meneruskan ke LKPP' tidak dapat dilakukan saat status "
                        + "diteruskan ke LKPP."));
    }

    @Test
    void aStepOutOfTurnIs409NamingStateAndStepInEnglish() {
        String id = open();
        refused(id, "closure", null, "en").body("title", equalTo("State change not allowed"))
                .body("detail", equalTo("'close the consultation' is not possible while the status is open."));
        escalate(id).statusCode(200);
        lkppAnswer(id).statusCode(200);
        refused(id, "closure", null, "en")
                .body("detail", equalTo("'close the consultation' is not possible while the status is answered "
                        + "by LKPP."));
        relay(id, true).statusCode(200);
        refused(id, "relay", Map.of("accepted", false), "en")
                .body("detail", equalTo("'relay LKPP's answer' is not possible while the status is answered by "
                        + "LKPP."));
        given().when().post(BASE + "/" + id + "/closure").then().statusCode(200);
        refused(id, "escalation", Map.of("note", "n"), "en")
                .body("detail", equalTo("'escalate to LKPP' is not possible while the status is closed."));
        refused(id, "resolution", Map.of("answer", "a"), "id")
                .body("detail", equalTo("Tindakan 'menjawab langsung' tidak dapat dilakukan saat status ditutup."));
    }

    @Test
    void aResolvedConsultationRefusesEverythingButTheClosure() {
        String id = open();
        resolve(id).statusCode(200);
        refused(id, "resolution", Map.of("answer", "a"), "en")
                .body("detail", equalTo("'answer directly' is not possible while the status is answered directly."));
        refused(id, "escalation", Map.of("note", "n"), "en");
        refused(id, "lkpp-answer", Map.of("answer", "a", "lkppReference", "r"), "en");
        refused(id, "relay", Map.of("accepted", true), "en");
        given().when().get(BASE + "/" + id).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void anUnknownConsultationIs404NamedInBothLanguages() {
        given().header("Accept-Language", "id").when().get(BASE + "/" + UNKNOWN).then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo(TYPES + "not-found"))
                .body("title", equalTo("Data tidak ditemukan"))
                .body("detail", equalTo("Konsultasi dengan pengenal " + UNKNOWN + " tidak ditemukan."));
        given().header("Accept-Language", "en").when().get(BASE + "/" + UNKNOWN).then().statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Consultation with id " + UNKNOWN + " was not found."));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of("note", "n"))
                .when().post(BASE + "/" + UNKNOWN + "/escalation").then().statusCode(404)
                .body("detail", equalTo("Consultation with id " + UNKNOWN + " was not found."));
    }

    @Test
    void anUnknownCallbackIs404AndADoneOneIs409InBothLanguages() {
        String callbacks = "/api/helpdesk/callbacks/";
        given().header("Accept-Language", "id").contentType(ContentType.JSON).body(Map.of())
                .when().post(callbacks + UNKNOWN + "/completion").then().statusCode(404)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", equalTo("Tugas panggilan balik dengan pengenal " + UNKNOWN + " tidak ditemukan."));
        String id = open();
        String callback = escalate(id).statusCode(200).extract().path("escalations[0].callbackId");
        given().contentType(ContentType.JSON).body(Map.of()).when().post(callbacks + callback + "/completion")
                .then().statusCode(200).body("status", equalTo("DONE"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of())
                .when().post(callbacks + callback + "/completion").then().statusCode(409)
                .body("type", equalTo(TYPES + "invalid-transition"))
                .body("detail", equalTo("'complete the callback' is not possible while the status is done."));
        given().header("Accept-Language", "id").contentType(ContentType.JSON).body(Map.of())
                .when().post(callbacks + callback + "/completion").then().statusCode(409)
                .body("detail", equalTo("Tindakan 'menyelesaikan panggilan balik' tidak dapat dilakukan saat "
                        + "status selesai."));
    }

    @Test
    void complaintRefusalsInBothLanguages() {
        String complaints = "/api/helpdesk/complaints/";
        given().header("Accept-Language", "en").when().get(complaints + UNKNOWN).then().statusCode(404)
                .body("detail", equalTo("Complaint with id " + UNKNOWN + " was not found."));
        given().header("Accept-Language", "id").when().get(complaints + "tracking/AAAAA-BBBBB").then()
                .statusCode(404).body("detail", equalTo("Pengaduan berkode pelacakan dengan pengenal AAAAA-BBBBB "
                        + "tidak ditemukan."));
        String id = given().contentType(ContentType.JSON).body(Bodies.complaint()).when().post(complaints)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Jawaban")).when()
                .post(complaints + id + "/response").then().statusCode(200);
        given().header("Accept-Language", "id").contentType(ContentType.JSON).body(Map.of("answer", "Lagi"))
                .when().post(complaints + id + "/response").then().statusCode(409)
                .body("type", equalTo(TYPES + "invalid-transition"))
                .body("detail", equalTo("Tindakan 'menjawab pengaduan' tidak dapat dilakukan saat status dijawab."));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of("answer", "Again"))
                .when().post(complaints + id + "/response").then().statusCode(409)
                .body("detail", equalTo("'answer the complaint' is not possible while the status is answered."));
    }

    @Test
    void invalidBodiesAre400ValidationNamingEachField() {
        Map<String, Object> body = Bodies.consultation();
        body.put("channel", null);
        body.put("question", "x".repeat(4001));
        Bodies.callerOf(body).put("role", null);
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(TYPES + "validation"))
                .body("title", equalTo("Invalid data"))
                .body("errors.field", hasItems("channel", "question", "caller.role"));
        String id = open();
        given().contentType(ContentType.JSON).body(Map.of("answer", "a", "lkppReference", "r".repeat(101)))
                .when().post(BASE + "/" + id + "/lkpp-answer").then().statusCode(400)
                .body("type", equalTo(TYPES + "validation")).body("errors[0].field", equalTo("lkppReference"));
        given().contentType(ContentType.JSON).body(Map.of("accepted", "perhaps"))
                .when().post(BASE + "/" + id + "/relay").then().statusCode(400)
                .body("errors[0].field", equalTo("accepted"));
        given().when().get(BASE + "/" + id).then().body("status", equalTo("OPEN"));
    }

    private static ValidatableResponse refused(String id, String step, Map<String, Object> body, String language) {
        var request = given().header("Accept-Language", language);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(BASE + "/" + id + "/" + step).then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409)).body("type", equalTo(TYPES + "invalid-transition"));
    }
}
