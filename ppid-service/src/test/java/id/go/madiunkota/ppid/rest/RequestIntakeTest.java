package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.common.problem.Problem;
import static id.go.madiunkota.ppid.support.RequestBodies.NIK;
import static id.go.madiunkota.ppid.support.RequestBodies.applicantOf;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Submitting a request: the public form, staff recording, the deadline, validation, and what is stored. */
@QuarkusTest
class RequestIntakeTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAnonymousOnlineRequestIsRegisteredWithANumberATrackingCodeAndItsDeadline() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00")); // Friday, before closing
        String location = submit(personRequest())
                .statusCode(201)
                .body("registrationNumber", matchesPattern("PPID/2026/\\d{6}"))
                .body("trackingCode", matchesPattern("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"))
                .body("status", equalTo("REGISTERED"))
                .body("channel", equalTo("ONLINE"))
                .body("receivedOn", equalTo("2026-03-13"))
                // cuti bersama 18, 20, 23, 24 Mar, Nyepi 19 Mar, Good Friday 3 Apr: 10 working days end on 6 Apr
                .body("dueDate", equalTo("2026-04-06"))
                .body("applicant.nikMasked", equalTo("3577********0001"))
                .body("applicant.nik", nullValue())
                .body("decision", nullValue())
                .extract().header("Location");
        assertThat(location).matches(".*/api/ppid/requests/[0-9a-f-]{36}");
    }

    @Test
    void aRequestAfterClosingTimeCountsFromTheNextWorkingDay() {
        clock.set(OffsetDateTime.parse("2026-03-12T16:05:00+07:00")); // Thursday, after 16:00
        submit(personRequest()).statusCode(201)
                .body("receivedOn", equalTo("2026-03-13"))
                .body("dueDate", equalTo("2026-04-06"));
    }

    @Test
    void registrationNumbersFollowEachOtherWithoutGaps() {
        clock.set(OffsetDateTime.parse("2026-05-04T09:00:00+07:00"));
        int first = sequenceOf(submit(personRequest()).statusCode(201).extract().path("registrationNumber"));
        Map<String, Object> invalid = personRequest();
        applicantOf(invalid).remove("nik");
        submit(invalid).statusCode(400); // refused: takes no number
        int second = sequenceOf(submit(personRequest()).statusCode(201).extract().path("registrationNumber"));
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void aSubmissionRepeatedWithTheSameIdempotencyKeyIsRegisteredOnce() {
        String key = java.util.UUID.randomUUID().toString();
        JsonPath first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(personRequest())
                .when().post("/api/ppid/requests").then().statusCode(201).extract().jsonPath();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(personRequest())
                .when().post("/api/ppid/requests").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.getString("id")))
                .body("registrationNumber", equalTo(first.getString("registrationNumber")));
        Map<String, Object> other = personRequest();
        other.put("purpose", "Tujuan lain");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .when().post("/api/ppid/requests").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anOfficerRecordsAWalkInRequestWithTheTimeItWasReceived() {
        clock.set(OffsetDateTime.parse("2026-03-20T09:00:00+07:00"));
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        body.put("receivedAt", "2026-03-13T15:30:00+07:00");
        submit(body).statusCode(201)
                .body("channel", equalTo("WALK_IN"))
                .body("receivedOn", equalTo("2026-03-13"))
                .body("dueDate", equalTo("2026-04-06"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anOfficerMustNameTheChannelAndMayNotDateARequestInTheFuture() {
        Map<String, Object> body = personRequest();
        body.put("receivedAt", OffsetDateTime.now(clock).plusDays(1).toString());
        submit(body, "en").statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("channel", "receivedAt"));
    }

    @Test
    void thePublicFormMayNotSetStaffFields() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        submit(body, "en").statusCode(400).body("errors.find { it.field == 'channel' }.message",
                equalTo("only PPID staff may fill this in"));
    }

    @Test
    void missingAndMalformedFieldsAreNamedInTheCallersLanguage() {
        Map<String, Object> body = personRequest();
        body.remove("purpose");
        applicantOf(body).put("nik", "1234");
        applicantOf(body).put("email", "not-an-email");
        submit(body, "id").statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItems("purpose", "applicant.nik", "applicant.email"));
        submit(body, "en").statusCode(400).body("title", equalTo("Invalid data"));
    }

    @Test
    void aPersonNeedsANikAnOrganisationItsDecreeAndACopyItsFormat() {
        Map<String, Object> body = personRequest();
        applicantOf(body).remove("nik");
        body.remove("copyFormat");
        submit(body, "en").statusCode(400)
                .body("errors.field", hasItems("applicant.nik", "copyFormat"));
        Map<String, Object> organisation = personRequest();
        applicantOf(organisation).put("type", "ORGANIZATION");
        submit(organisation, "en").statusCode(400).body("errors.field", hasItem("applicant.legalEntityNumber"));
    }

    @Test
    void unknownFieldsAndWrongValuesAreRefused() {
        Map<String, Object> body = personRequest();
        body.put("priority", "HIGH");
        submit(body, "en").statusCode(400).body("errors.field", hasItem("priority"));
        Map<String, Object> wrong = personRequest();
        wrong.put("obtainMethod", "TELEPATHY");
        submit(wrong, "en").statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("malformed-body"))
                .body("errors.field", hasItem("obtainMethod"));
    }

    @Test
    void tooLongTextIsRefused() {
        Map<String, Object> body = personRequest();
        body.put("purpose", "x".repeat(2001));
        submit(body, "en").statusCode(400).body("errors.field", hasItem("purpose"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNikIsStoredOnlyEncryptedAndNeverInAnEvent() {
        String id = submit(personRequest()).statusCode(201).extract().path("id");
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT r::text FROM information_request r WHERE id = cast(?1 as uuid)")
                .setParameter(1, id).getResultList());
        List<String> events = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT payload::text FROM outbox_event WHERE aggregateid = ?1").setParameter(1, id).getResultList());
        assertThat(rows).singleElement().asString()
                .doesNotContain(NIK).doesNotContain("081234567890").doesNotContain("Jl. Pahlawan").contains("v1:");
        assertThat(events).singleElement().asString()
                .contains(id).doesNotContain(NIK).doesNotContain("Sri Wahyuni");
    }

    @Test
    void theTrackingCodeShowsTheStatusWithoutPersonalData() {
        JsonPath created = submit(personRequest()).statusCode(201).extract().jsonPath();
        String body = given().when().get("/api/ppid/tracking/" + created.getString("trackingCode"))
                .then().statusCode(200)
                .body("registrationNumber", equalTo(created.getString("registrationNumber")))
                .body("status", equalTo("REGISTERED"))
                .body("dueDate", equalTo(created.getString("dueDate")))
                .extract().asString();
        assertThat(body).doesNotContain("Sri Wahyuni").doesNotContain("3577").doesNotContain("applicant");
        given().header("Accept-Language", "en").when().get("/api/ppid/tracking/AAAAA-BBBBB")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("AAAAA-BBBBB"));
    }

    private static io.restassured.response.ValidatableResponse submit(Map<String, Object> body) {
        return submit(body, "id");
    }

    private static io.restassured.response.ValidatableResponse submit(Map<String, Object> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post("/api/ppid/requests").then();
    }

    private static int sequenceOf(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(registrationNumber.lastIndexOf('/') + 1));
    }
}
