package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may object when, and the superior's and the dispute's rules. */
@QuarkusTest
class ObjectionTest {

    private static final Caller OFFICER = new Caller("officer-1", "petugas.satu", Set.of(Roles.PPID_OFFICER));

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final Map<String, Object> NOT_ANSWERED =
            Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan.");

    @Inject
    TestClock clock;

    @Inject
    Requests requests;

    @Inject
    RequestWorkflowService workflow;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMissedDeadlineLetsTheHolderOfTheTrackingCodeObject() {
        InformationRequest request = receivedOn13March();
        clock.set(OffsetDateTime.parse("2026-04-06T10:00:00+07:00")); // still the due date
        file(request, request.trackingCode(), NOT_ANSWERED, "en").statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("No ground for an objection yet"));
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00")); // the day after: "not answered"
        file(request, "WRONG-CODE1", NOT_ANSWERED, "en").statusCode(404).contentType(PROBLEM);
        file(request, null, NOT_ANSWERED, "en").statusCode(404);
        file(request, request.trackingCode(), NOT_ANSWERED, "en").statusCode(201)
                .body("filedVia", equalTo("TRACKING_CODE"))
                .body("status", equalTo("FILED"))
                .body("grounds", equalTo(List.of("REQUEST_NOT_ANSWERED")));
        file(request, request.trackingCode(), NOT_ANSWERED, "en").statusCode(409)
                .body("title", equalTo("Objection already under consideration"));
    }

    @Test
    void anObjectionMoreThanThirtyWorkingDaysAfterItsGroundIsTooLate() {
        InformationRequest onTime = receivedOn13March();
        InformationRequest late = receivedOn13March();
        // Both were due 6 April; 30 working days later, skipping 1, 14 and 15 May, is 21 May: the last day to object.
        clock.set(OffsetDateTime.parse("2026-05-21T10:00:00+07:00"));
        file(onTime, onTime.trackingCode(), NOT_ANSWERED, "en").statusCode(201);
        clock.set(OffsetDateTime.parse("2026-05-22T10:00:00+07:00"));
        file(late, late.trackingCode(), NOT_ANSWERED, "en").statusCode(422)
                .body("detail", containsString("2026-04-06"));
    }

    @Test
    void thePasal17GroundNeedsAWithholdingDecision() {
        InformationRequest request = receivedOn13March();
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00"));
        workflow.decide(request.id(), new RequestBodies.Decision(DecisionOutcome.GRANTED, null, null, null, null,
                null, null,
                "Diberikan"), OFFICER);
        file(request, request.trackingCode(), Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "x"),
                "en")
                .statusCode(422).body("title", equalTo("Ground does not apply"));
    }

    @Test
    void groundsAndReasonAreRequired() {
        InformationRequest request = receivedOn13March();
        file(request, request.trackingCode(), Map.of("grounds", List.of()), "en").statusCode(400)
                .body("errors.field", hasItem("grounds"))
                .body("errors.field", hasItem("reason"));
        file(request, request.trackingCode(), Map.of("grounds", List.of("WHATEVER"), "reason", "x"), "en")
                .statusCode(400);
    }

    @Test
    void readingObjectionsNeedsAToken() {
        given().when().get("/api/ppid/objections").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void onlyTheSuperiorDecides() {
        InformationRequest request = receivedOn13March();
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00"));
        String objection = file(request, null, NOT_ANSWERED, "en").statusCode(201)
                .body("filedVia", equalTo("OFFICER")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "reason", "x"))
                .when().post("/api/ppid/objections/" + objection + "/decision").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("filedOn", "2026-04-07"))
                .when().post("/api/ppid/objections/" + objection + "/dispute").then().statusCode(422);
        given().when().get("/api/ppid/objections?status=FILED&size=100").then().statusCode(200)
                .body("items.id", hasItem(objection));
    }

    @Test
    @TestSecurity(user = "superior-1", roles = {"ppid-superior", "ppid-officer"})
    void aDisputeOutsideItsFourteenWorkingDaysIsRefused() {
        InformationRequest request = receivedOn13March();
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00"));
        String objection = file(request, null, NOT_ANSWERED, "en").statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "OVERTURNED", "reason", "Wajib dibuka."))
                .when().post("/api/ppid/objections/" + objection + "/decision").then().statusCode(200)
                .body("disputeDueDate", equalTo("2026-04-27"));
        clock.set(OffsetDateTime.parse("2026-05-04T10:00:00+07:00"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("filedOn", "2026-04-28"))
                .when().post("/api/ppid/objections/" + objection + "/dispute").then().statusCode(422)
                .body("title", equalTo("Outside the dispute window"));
        given().when().post("/api/ppid/objections/" + objection + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    @TestSecurity(user = "citizen-x", roles = "citizen")
    void aCitizenObjectsOnlyToTheirOwnRequest() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        InformationRequest mine = requests.submitted(Requests.citizen("citizen-x"));
        InformationRequest theirs = requests.submitted(Requests.citizen("citizen-y"));
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00"));
        String objection = file(mine, null, NOT_ANSWERED, "en").statusCode(201)
                .body("filedVia", equalTo("OWNER")).extract().path("id");
        file(theirs, null, NOT_ANSWERED, "en").statusCode(404);
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(200).body("id", equalTo(objection));
    }

    private InformationRequest receivedOn13March() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        return requests.submitted(Requests.ANONYMOUS);
    }

    private static ValidatableResponse file(InformationRequest request, String trackingCode, Map<String, ?> body,
            String language) {
        var call = given().contentType(ContentType.JSON).header("Accept-Language", language).body(body);
        if (trackingCode != null) {
            call = call.header("X-Tracking-Code", trackingCode);
        }
        return call.when().post("/api/ppid/requests/" + request.id() + "/objections").then();
    }
}
