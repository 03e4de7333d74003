package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may read and act on requests: tokens, roles, and a citizen's own requests only. */
@QuarkusTest
class RequestAccessTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String SOMEONE = "00000000-0000-0000-0000-000000000000";

    @Inject
    RequestIntakeService intake;

    @Inject
    ObjectMapper mapper;

    @Test
    void withoutATokenStaffEndpointsAnswer401() {
        given().when().get("/api/ppid/requests").then().statusCode(401).contentType(PROBLEM);
        given().when().get("/api/ppid/requests/mine").then().statusCode(401);
        given().when().get("/api/ppid/requests/" + SOMEONE).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/ppid/requests/" + SOMEONE + "/extension").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "GRANTED"))
                .when().post("/api/ppid/requests/" + SOMEONE + "/decision").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void aCitizenMayNotListEveryRequestNorActOnOne() {
        given().when().get("/api/ppid/requests").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/ppid/requests/" + SOMEONE + "/extension").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "citizen-b", roles = "citizen")
    void aCitizenSeesTheirOwnRequestsAndNotAnothers() {
        String mine = submittedBy("citizen-b");
        String theirs = submittedBy("citizen-a");

        given().when().get("/api/ppid/requests/" + mine).then().statusCode(200).body("id", equalTo(mine));
        given().header("Accept-Language", "en").when().get("/api/ppid/requests/" + theirs)
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Not found"));
        given().when().get("/api/ppid/requests/mine?size=100").then().statusCode(200)
                .body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(theirs)));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void anAuditorReadsButMayNotAct() {
        String id = submittedBy("citizen-a");
        given().when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("applicant.nikMasked", equalTo("3577********0001"))
                .body("applicant.email", equalTo("s**********@example.id"));
        given().queryParam("size", 100).when().get("/api/ppid/requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.applicant.email", equalTo("s**********@example.id"))
                .body("items.applicant.email", not(hasItem("sri.wahyuni@example.id")));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "GRANTED"))
                .when().post("/api/ppid/requests/" + id + "/decision").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anOfficerSeesTheEmailWhole() {
        String id = submittedBy("citizen-a");
        given().when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("applicant.email", equalTo("sri.wahyuni@example.id"));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminReadsTheAnnualReportButNoRegister() {
        given().when().get("/api/ppid/requests").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/ppid/requests/" + SOMEONE).then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/ppid/objections").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/ppid/guestbook").then().statusCode(403).contentType(PROBLEM);
        given().queryParam("year", 2001).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .body("requests.total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theStaffListFiltersAndPages() {
        String id = submittedBy("citizen-a");
        String number = given().when().get("/api/ppid/requests/" + id).then().extract().path("registrationNumber");
        given().when().get("/api/ppid/requests?q=" + number + "&status=REGISTERED").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("page", equalTo(0));
        given().header("Accept-Language", "en").when().get("/api/ppid/requests?size=1000")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
        given().header("Accept-Language", "en").when().get("/api/ppid/requests?status=NOPE").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("status"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.startsWith("must be one of: ")));
        given().queryParam("dueBefore", "+999999999-12-31").when().get("/api/ppid/requests").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("dueBefore"));
    }

    private String submittedBy(String subject) {
        var body = mapper.convertValue(personRequest(), SubmitRequest.class);
        return intake.submit(body, new Caller(subject, subject, Set.of(Roles.CITIZEN))).id().toString();
    }
}
