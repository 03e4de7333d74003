package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Bodies.complainantOf;
import static id.go.madiunkota.helpdesk.support.Bodies.complaint;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.helpdesk.support.Bodies;
import id.go.madiunkota.helpdesk.support.OutboxRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Complaints, suggestions and input: submitted anonymously from the web or recorded by staff, followed by tracking
 * code without personal data, listed and answered by the staff of the service concerned.
 */
@QuarkusTest
class ComplaintTest {

    private static final String BASE = "/api/helpdesk/complaints";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    OutboxRows outbox;

    @Test
    void anyoneSubmitsFromTheWebAndFollowsItByTrackingCode() {
        var receipt = given().contentType(ContentType.JSON).body(complaint()).when().post(BASE)
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("channel", equalTo("ONLINE"))
                .body("kind", equalTo("COMPLAINT")).body("service", equalTo("VERIFICATION"))
                .body("trackingCode", matchesPattern("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"))
                .extract();
        String id = receipt.path("id");
        String code = receipt.path("trackingCode");
        assertThat(receipt.header("Location")).endsWith("/api/helpdesk/complaints/" + id);

        String tracking = given().when().get(BASE + "/tracking/" + code).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("service", equalTo("VERIFICATION"))
                .body("answer", nullValue()).extract().asString();
        assertThat(tracking).doesNotContain(Bodies.COMPLAINANT_NAME, Bodies.COMPLAINANT_PHONE,
                Bodies.COMPLAINANT_EMAIL);

        assertThat(outbox.types(id)).containsExactly("helpdesk.ComplaintReceived");
        assertThat(outbox.payloads(id, "helpdesk.ComplaintReceived").get(0))
                .contains("\"channel\": \"ONLINE\"", "\"service\": \"VERIFICATION\"", "\"kind\": \"COMPLAINT\"")
                .doesNotContain(Bodies.COMPLAINANT_NAME, Bodies.COMPLAINANT_PHONE, Bodies.COMPLAINANT_EMAIL);
    }

    @Test
    @TestSecurity(user = "agen.complaint", roles = "helpdesk-agent")
    void staffRecordAnSmsSuggestionAndAnswerIt() {
        Map<String, Object> body = complaint();
        body.put("kind", "SUGGESTION");
        body.put("channel", "SMS");
        body.put("service", "TRAINING");
        complainantOf(body).remove("email");
        String id = given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(201).body("channel", equalTo("SMS")).body("kind", equalTo("SUGGESTION"))
                .extract().path("id");
        String code = given().when().get(BASE + "/" + id).then().statusCode(200)
                .body("complainant.name", equalTo(Bodies.COMPLAINANT_NAME))
                .body("complainant.phone", equalTo(Bodies.COMPLAINANT_PHONE))
                .body("complainant.email", nullValue()).body("recordedBy", equalTo("agen.complaint"))
                .extract().path("trackingCode");

        given().contentType(ContentType.JSON).body(Map.of("answer", "Jadwal pelatihan ditambah pada hari Sabtu."))
                .when().post(BASE + "/" + id + "/response")
                .then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("answeredBy", equalTo("agen.complaint"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Lagi"))
                .when().post(BASE + "/" + id + "/response")
                .then().statusCode(409).contentType(PROBLEM);

        given().when().get(BASE + "/tracking/" + code).then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("answer", containsString("hari Sabtu"));
        assertThat(outbox.types(id)).containsExactly("helpdesk.ComplaintReceived", "helpdesk.ComplaintAnswered");
        assertThat(outbox.payloads(id, "helpdesk.ComplaintAnswered").get(0))
                .contains("\"answeredBy\": \"agen.complaint\"", "\"service\": \"TRAINING\"");
    }

    @Test
    void theWebFormCannotClaimAStaffChannelInEitherLanguage() {
        Map<String, Object> body = complaint();
        body.put("channel", "WALK_IN");
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", containsString("dicatat oleh petugas"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).when().post(BASE)
                .then().statusCode(400).body("errors[0].message", containsString("recorded by staff"));
    }

    @Test
    void missingAndMalformedFieldsAre400() {
        Map<String, Object> body = complaint();
        body.remove("service");
        body.put("content", "");
        complainantOf(body).put("email", "bukan-email");
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("service", "content", "complainant.email"));
        body = complaint();
        body.put("service", "PARKING");
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("service"));
    }

    @Test
    void anUnknownOrMalformedTrackingCodeIs404() {
        given().when().get(BASE + "/tracking/AAAAA-BBBBB").then().statusCode(404).contentType(PROBLEM);
        given().header("Accept-Language", "en").when().get(BASE + "/tracking/not-a-code").then().statusCode(404)
                .body("detail", containsString("not-a-code"));
    }

    @Test
    @TestSecurity(user = "verifikator", roles = "verifier")
    void aSupervisorSeesAndAnswersOnlyTheirServicesComplaints() {
        String verification = submitted("VERIFICATION");
        String ppid = submitted("PPID");

        given().when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(verification)).body("items.id", not(hasItem(ppid)))
                .body("items.service", everyItem(equalTo("VERIFICATION")));
        given().queryParam("service", "PPID").when().get(BASE).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("status", "RECEIVED").when().get(BASE).then().statusCode(200)
                .body("items.status", everyItem(equalTo("RECEIVED")));

        given().when().get(BASE + "/" + ppid).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("answer", "x"))
                .when().post(BASE + "/" + ppid + "/response").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("answer", "Petugas verifikasi ditambah."))
                .when().post(BASE + "/" + verification + "/response").then().statusCode(200)
                .body("answeredBy", equalTo("verifikator"));
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    void thePpidOfficerSeesPpidComplaints() {
        String ppid = submitted("PPID");
        given().queryParam("size", 100).queryParam("status", "RECEIVED").when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(ppid)).body("items.service", everyItem(equalTo("PPID")));
    }

    @Test
    @TestSecurity(user = "pelatih", roles = "trainer")
    void theTrainerSeesTrainingComplaintsOnly() {
        String training = submitted("TRAINING");
        String helpdesk = submitted("HELPDESK");
        given().queryParam("size", 100).queryParam("status", "RECEIVED").when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem(training)).body("items.id", not(hasItem(helpdesk)))
                .body("items.service", everyItem(equalTo("TRAINING")));
        given().when().get(BASE + "/" + helpdesk).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminDoesNotReadOrAnswerComplaints() {
        String ppid = submitted("PPID");
        given().when().get(BASE + "/" + ppid).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().when().get(BASE).then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("answer", "Sudah kami tindak lanjuti."))
                .when().post(BASE + "/" + ppid + "/response").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "inspektorat", roles = "auditor")
    void theAuditorReadsEveryServicesComplaintsMaskedAndAnswersNone() {
        String ppid = submitted("PPID");
        String training = submitted("TRAINING");
        given().when().get(BASE + "/" + ppid).then().statusCode(200)
                .body("service", equalTo("PPID"))
                .body("complainant.name", equalTo(Bodies.COMPLAINANT_NAME))
                .body("complainant.phone", equalTo(AuditorMask.phone(Bodies.COMPLAINANT_PHONE)))
                .body("complainant.phone", not(equalTo(Bodies.COMPLAINANT_PHONE)))
                .body("complainant.email", containsString("*@"));
        given().queryParam("size", 100).queryParam("status", "RECEIVED").when().get(BASE).then().statusCode(200)
                .body("items.id", hasItems(ppid, training))
                .body("items.complainant.phone", not(hasItem(Bodies.COMPLAINANT_PHONE)));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Sudah kami tindak lanjuti."))
                .when().post(BASE + "/" + ppid + "/response").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "agen.complaint", roles = "helpdesk-agent")
    void responsesAreValidatedAndAnUnknownComplaintIs404() {
        String id = submitted("HELPDESK");
        given().contentType(ContentType.JSON).body(Map.of("answer", " ")).when().post(BASE + "/" + id + "/response")
                .then().statusCode(400).body("errors[0].field", equalTo("answer"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "x"))
                .when().post(BASE + "/00000000-0000-0000-0000-00000000beef/response").then().statusCode(404);
        given().when().get(BASE + "/00000000-0000-0000-0000-00000000beef").then().statusCode(404);
        given().queryParam("page", -1).when().get(BASE).then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void withoutATokenStaffEndpointsAre401() {
        given().when().get(BASE).then().statusCode(401).contentType(PROBLEM);
        given().when().get(BASE + "/00000000-0000-0000-0000-00000000beef").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("answer", "x"))
                .when().post(BASE + "/00000000-0000-0000-0000-00000000beef/response").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "warga", roles = {"citizen", "admin"})
    void rolesThatDoNotHandleComplaintsAre403ButMaySubmit() {
        given().when().get(BASE).then().statusCode(403).contentType(PROBLEM);
        given().when().get(BASE + "/00000000-0000-0000-0000-00000000beef").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("answer", "x"))
                .when().post(BASE + "/00000000-0000-0000-0000-00000000beef/response").then().statusCode(403);
        given().contentType(ContentType.JSON).body(complaint()).when().post(BASE).then().statusCode(201)
                .body("channel", equalTo("ONLINE"));
    }

    private static String submitted(String service) {
        Map<String, Object> body = complaint();
        body.put("service", service);
        body.remove("channel");
        return given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }
}
