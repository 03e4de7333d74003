package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.madiunkota.ppid.entity.CopyFormat;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DeliveryMethod;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.service.Caller;
import id.go.madiunkota.ppid.service.ObjectionService;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import id.go.madiunkota.ppid.support.Requests;
import id.go.madiunkota.ppid.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The annual report, on 2025 data only this test creates (no other test uses 2025). */
@QuarkusTest
class AnnualReportTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Caller OFFICER = new Caller("officer-1", false, false, true, true);
    private static final String TEST = "Membuka data pribadi pihak ketiga lebih merugikan daripada manfaatnya.";

    @Inject
    TestClock clock;

    @Inject
    Requests requests;

    @Inject
    RequestWorkflowService workflow;

    @Inject
    ObjectionService objections;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void countsTheYearsRequestsDecisionsAndObjections() {
        // Received Friday 24 Jan 2025, decided Friday 31 Jan: 27 Jan (Isra Mi'raj), 28 Jan (cuti bersama) and
        // 29 Jan (Imlek) are not working days, so 2 working days (30 and 31 Jan). Due 12 Feb: on time.
        at("2025-01-24");
        InformationRequest overHolidays = requests.submitted(Requests.ANONYMOUS);
        at("2025-01-31");
        decide(overHolidays, DecisionOutcome.GRANTED, null, null, null);

        at("2025-02-03"); // Monday; due 17 Feb (no holidays in February 2025)
        InformationRequest granted = requests.submitted(Requests.ANONYMOUS);
        InformationRequest rejected = requests.submitted(Requests.ANONYMOUS);
        InformationRequest partly = requests.submitted(Requests.ANONYMOUS);
        InformationRequest notHeld = requests.submitted(Requests.ANONYMOUS);
        InformationRequest withdrawn = requests.submitted(Requests.ANONYMOUS);
        InformationRequest invalid = requests.submitted(Requests.ANONYMOUS);
        InformationRequest extended = requests.submitted(Requests.ANONYMOUS);
        InformationRequest unanswered = requests.submitted(Requests.ANONYMOUS);

        at("2025-02-04");
        workflow.extend(extended.id(), new RequestBodies.Extension("Perlu dihimpun dari tiga bidang."));
        workflow.withdraw(withdrawn.id(), "Tidak jadi.", OFFICER);
        workflow.invalidate(invalid.id(), "Bukan permintaan informasi.");
        at("2025-02-05"); // 2 working days
        decide(granted, DecisionOutcome.GRANTED, null, null, null);
        workflow.deliver(granted.id(), new RequestBodies.Delivery(
                OffsetDateTime.parse("2025-02-05T11:00:00+07:00"), DeliveryMethod.EMAIL)); // still counts as GRANTED
        at("2025-02-12"); // 7 working days
        decide(rejected, DecisionOutcome.REJECTED, Set.of(ExemptionGround.PASAL_17_H), null, null);
        at("2025-02-13");
        Objection upheld = file(rejected, ObjectionGround.REJECTED_UNDER_PASAL_17);
        at("2025-02-17"); // 10 working days, the due date: on time
        decide(notHeld, DecisionOutcome.NOT_HELD, null, null, "BPS Kota Madiun");
        at("2025-02-18"); // 11 working days, a day late
        decide(partly, DecisionOutcome.PARTIALLY_GRANTED, Set.of(ExemptionGround.PASAL_17_H, ExemptionGround.PASAL_17_I),
                "Lampiran berisi data pribadi.", null);
        file(unanswered, ObjectionGround.REQUEST_NOT_ANSWERED); // stays undecided
        at("2025-02-19");
        Objection overturned = file(partly, ObjectionGround.REJECTED_UNDER_PASAL_17);
        at("2025-02-20");
        objections.decide(upheld.id(), new ObjectionBodies.Decision(ObjectionOutcome.UPHELD, "Pengecualian sah."),
                "superior-1");
        objections.decide(overturned.id(), new ObjectionBodies.Decision(ObjectionOutcome.OVERTURNED, "Wajib dibuka."),
                "superior-1");
        at("2025-02-24");
        objections.fileDispute(upheld.id(), new ObjectionBodies.Dispute("001/II/KI-JATIM-PS/2025",
                LocalDate.parse("2025-02-24")), OFFICER);

        given().queryParam("year", 2025).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .contentType("application/json")
                .body("year", equalTo(2025))
                .body("requests.total", equalTo(9))
                .body("requests.extended", equalTo(1))
                .body("channels.ONLINE", equalTo(9))
                .body("channels.WALK_IN", equalTo(0))
                .body("outcomes.GRANTED", equalTo(2))
                .body("outcomes.PARTIALLY_GRANTED", equalTo(1))
                .body("outcomes.REJECTED", equalTo(1))
                .body("outcomes.NOT_HELD", equalTo(1))
                .body("outcomes.WITHDRAWN", equalTo(1))
                .body("outcomes.INVALID", equalTo(1))
                .body("outcomes.OPEN", equalTo(2))
                .body("rejectionGrounds.code", equalTo(List.of("PASAL_17_H", "PASAL_17_I")))
                .body("rejectionGrounds.count", equalTo(List.of(2, 1)))
                .body("rejectionGrounds[0].article", equalTo("Pasal 17 huruf h"))
                .body("rejectionGrounds[0].text", equalTo(ExemptionGround.PASAL_17_H.text()))
                // (2 + 2 + 7 + 10 + 11) / 5 = 6.4; on time 4 of 5
                .body("timing.decided", equalTo(5))
                .body("timing.averageWorkingDaysToDecision", equalTo(6.4f))
                .body("timing.maximumWorkingDaysToDecision", equalTo(11))
                .body("timing.decidedOnTimeShare", equalTo(0.8f))
                .body("objections.total", equalTo(3))
                .body("objections.upheld", equalTo(1))
                .body("objections.overturned", equalTo(1))
                .body("objections.undecided", equalTo(1))
                .body("objections.disputes", equalTo(1));

        String csv = given().queryParam("year", 2025).header("Accept", "text/csv")
                .when().get("/api/ppid/reports/annual").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Type", containsString("UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"laporan-ppid-2025.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).equals("section,key,value"), csv);
        for (String line : List.of("requests,total,9", "requests,extended,1", "channel,ONLINE,9", "channel,LETTER,0",
                "outcome,GRANTED,2", "outcome,REJECTED,1", "outcome,OPEN,2", "ground,PASAL_17_H,2",
                "ground,PASAL_17_I,1", "timing,averageWorkingDaysToDecision,6.4",
                "timing,maximumWorkingDaysToDecision,11", "timing,decidedOnTimeShare,0.8", "objections,total,3",
                "objections,UPHELD,1", "objections,OVERTURNED,1", "objections,undecided,1", "objections,disputes,1")) {
            assertTrue(lines.contains(line), line + " missing in\n" + csv);
        }
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void aYearWithoutRequestsHasZerosAndNoTimes() {
        given().queryParam("year", 2001).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .body("requests.total", equalTo(0))
                .body("outcomes.OPEN", equalTo(0))
                .body("rejectionGrounds.size()", equalTo(0))
                .body("timing.decided", equalTo(0))
                .body("timing.averageWorkingDaysToDecision", equalTo(null))
                .body("objections.total", equalTo(0));
    }

    @Test
    void theReportNeedsAToken() {
        given().queryParam("year", 2025).when().get("/api/ppid/reports/annual").then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "citizen-x", roles = "citizen")
    void aCitizenMayNotReadTheReport() {
        given().queryParam("year", 2025).when().get("/api/ppid/reports/annual").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theYearIsRequiredAndWithinRange() {
        given().queryParam("year", 1999).when().get("/api/ppid/reports/annual").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().queryParam("year", 2101).when().get("/api/ppid/reports/annual").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().when().get("/api/ppid/reports/annual").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("year"));
    }

    private void at(String day) {
        clock.set(OffsetDateTime.parse(day + "T10:00:00+07:00"));
    }

    private void decide(InformationRequest request, DecisionOutcome outcome, Set<ExemptionGround> grounds,
            String withheldParts, String heldBy) {
        workflow.decide(request.id(), new RequestBodies.Decision(outcome, grounds,
                grounds == null ? null : TEST, withheldParts, heldBy, CopyFormat.SOFTCOPY, "Keputusan"));
    }

    private Objection file(InformationRequest request, ObjectionGround ground) {
        return objections.file(request.id(), new ObjectionBodies.File(Set.of(ground), "Keberatan."), OFFICER, null);
    }
}
