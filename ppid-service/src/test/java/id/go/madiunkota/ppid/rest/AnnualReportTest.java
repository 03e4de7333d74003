package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.Actor;
import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.CopyFormat;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.DeliveryMethod;
import id.go.madiunkota.ppid.entity.DisputeOutcome;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionGround;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.repository.ObjectionRepository;
import id.go.madiunkota.ppid.service.ObjectionService;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The annual report, on 2025 data only this test creates (no other test uses 2025). The service standard is in force
 * from 2026, so the 2025 requests are recorded backdated in January 2026, and the 2025 objections stored directly.
 */
@QuarkusTest
class AnnualReportTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final Caller OFFICER = new Caller("officer-1", "petugas.satu",
            Set.of(Roles.PPID_OFFICER));
    private static final Actor SUPERIOR = new Actor("superior-1", "atasan.satu");
    private static final String TEST = "Membuka data pribadi pihak ketiga lebih merugikan daripada manfaatnya.";

    @Inject
    TestClock clock;

    @Inject
    RequestWorkflowService workflow;

    @Inject
    ObjectionService objections;

    @Inject
    ObjectionRepository objectionRepository;

    @Inject
    RequestIntakeService intake;

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void countsTheYearsRequestsDecisionsAndObjections() {
        // The service standard is in force from 1 Jan 2026, so 2025 requests are recorded by an officer on
        // 5 Jan 2026, backdated (at most 30 days) to when they were received in December 2025.
        at("2026-01-05");
        // Received Monday 22 Dec 2025: due 8 Jan 2026 (25 Dec, 26 Dec cuti bersama and 1 Jan are not working days).
        InformationRequest granted = recorded(Channel.WALK_IN, "2025-12-22T10:00:00+07:00");
        InformationRequest rejected = recorded(Channel.LETTER, "2025-12-22T10:00:00+07:00");
        InformationRequest partly = recorded(Channel.EMAIL, "2025-12-22T10:00:00+07:00");
        InformationRequest notHeld = recorded(Channel.PHONE, "2025-12-22T10:00:00+07:00");
        // After closing time on Wednesday 24 Dec: counts from Monday 29 Dec; due 13 Jan 2026.
        InformationRequest lateInTheDay = recorded(Channel.WALK_IN, "2025-12-24T17:00:00+07:00");
        InformationRequest withdrawn = recorded(Channel.WALK_IN, "2025-12-22T10:00:00+07:00");
        InformationRequest invalid = recorded(Channel.LETTER, "2025-12-22T10:00:00+07:00");
        InformationRequest extended = recorded(Channel.WALK_IN, "2025-12-22T10:00:00+07:00");
        InformationRequest lastDay = recorded(Channel.EMAIL, "2025-12-31T10:00:00+07:00");
        recorded(Channel.WALK_IN, "2026-01-02T10:00:00+07:00"); // 2026: not in the 2025 report

        workflow.extend(extended.id(), new RequestBodies.Extension("Perlu dihimpun dari tiga bidang."),
                OFFICER);
        workflow.withdraw(withdrawn.id(), "Tidak jadi.", OFFICER);
        workflow.invalidate(invalid.id(), "Bukan permintaan informasi.");
        // 22 Dec -> 5 Jan: 23, 24, 29, 30, 31 Dec, 2, 5 Jan = 7 working days
        decide(granted, DecisionOutcome.GRANTED, null, null, null);
        workflow.deliver(granted.id(), new RequestBodies.Delivery(
                OffsetDateTime.parse("2026-01-05T10:00:00+07:00"), DeliveryMethod.EMAIL)); // still counts as GRANTED
        // 29 Dec -> 5 Jan: 30, 31 Dec, 2, 5 Jan = 4 working days
        decide(lateInTheDay, DecisionOutcome.GRANTED, null, null, null);
        at("2026-01-08"); // 10 working days, the due date: on time
        decide(rejected, DecisionOutcome.REJECTED, Set.of(ExemptionGround.PASAL_17_H), null, null);
        at("2026-01-09"); // 11 working days: late
        decide(partly, DecisionOutcome.PARTIALLY_GRANTED, Set.of(ExemptionGround.PASAL_17_H,
                ExemptionGround.PASAL_17_I),
                "Lampiran berisi data pribadi.", null);
        at("2026-01-12"); // an objection filed in 2026: not in the 2025 report
        objections.file(rejected.id(), new ObjectionBodies.File(Set.of(ObjectionGround.REJECTED_UNDER_PASAL_17),
                "Keberatan."), OFFICER, null);
        at("2026-01-19"); // 16 working days (16 Jan is Isra Mikraj): late
        decide(notHeld, DecisionOutcome.NOT_HELD, null, null, "BPS Kota Madiun");

        // Objections filed in 2025, stored as they would have been then (no service standard was in force in 2025).
        QuarkusTransaction.requiringNew().run(() -> {
            Objection upheld = objection("KEBERATAN/2025/900001", withdrawn, "2025-12-29");
            upheld.decide(ObjectionOutcome.UPHELD, "Pengecualian sah.", LocalDate.parse("2025-12-30"), SUPERIOR,
                    LocalDate.parse("2026-01-21"), clock.instant());
            upheld.escalate("001/XII/KI-JATIM-PS/2025", LocalDate.parse("2025-12-31"), clock.instant());
            upheld.recordDisputeOutcome(DisputeOutcome.MEDIATION_AGREEMENT, LocalDate.parse("2026-01-02"),
                    "001/XII/KI-JATIM-PS/2025", clock.instant());
            Objection overturned = objection("KEBERATAN/2025/900002", invalid, "2025-12-29");
            overturned.decide(ObjectionOutcome.OVERTURNED, "Wajib dibuka.", LocalDate.parse("2025-12-30"),
                    SUPERIOR, LocalDate.parse("2026-01-21"), clock.instant());
            objection("KEBERATAN/2025/900003", lastDay, "2025-12-31");
        });

        given().queryParam("year", 2025).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .contentType("application/json")
                .body("year", equalTo(2025))
                .body("requests.total", equalTo(9))
                .body("requests.extended", equalTo(1))
                .body("channels.ONLINE", equalTo(0))
                .body("channels.WALK_IN", equalTo(4))
                .body("channels.LETTER", equalTo(2))
                .body("channels.EMAIL", equalTo(2))
                .body("channels.PHONE", equalTo(1))
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
                // (7 + 4 + 10 + 11 + 16) / 5 = 9.6; on time 3 of 5
                .body("timing.decided", equalTo(5))
                .body("timing.averageWorkingDaysToDecision", equalTo(9.6f))
                .body("timing.maximumWorkingDaysToDecision", equalTo(16))
                .body("timing.decidedOnTimeShare", equalTo(0.6f))
                .body("objections.total", equalTo(3))
                .body("objections.upheld", equalTo(1))
                .body("objections.overturned", equalTo(1))
                .body("objections.undecided", equalTo(1))
                .body("objections.disputes", equalTo(1))
                .body("objections.disputeOutcomes.MEDIATION_AGREEMENT", equalTo(1))
                .body("objections.disputeOutcomes.ADJUDICATION_DECISION", equalTo(0))
                .body("objections.disputeOutcomes.PENDING", equalTo(0));

        String csv = given().queryParam("year", 2025).header("Accept", "text/csv")
                .when().get("/api/ppid/reports/annual").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Type", containsString("UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"laporan-ppid-2025.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,key,value", lines.get(0), csv);
        for (String line : List.of("requests,total,9", "requests,extended,1", "channel,WALK_IN,4", "channel,ONLINE,0",
                "outcome,GRANTED,2", "outcome,REJECTED,1", "outcome,OPEN,2", "ground,PASAL_17_H,2",
                "ground,PASAL_17_I,1", "timing,averageWorkingDaysToDecision,9.6",
                "timing,maximumWorkingDaysToDecision,16", "timing,decidedOnTimeShare,0.6", "objections,total,3",
                "objections,UPHELD,1", "objections,OVERTURNED,1", "objections,undecided,1", "objections,disputes,1",
                "disputes,MEDIATION_AGREEMENT,1", "disputes,ADJUDICATION_DECISION,0", "disputes,PENDING,0")) {
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
                .body("objections.total", equalTo(0))
                .body("objections.disputeOutcomes.PENDING", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void thePublicReportHasTheSameFiguresAsTheStaffOne() {
        String staff = given().queryParam("year", 2025).when().get("/api/ppid/reports/annual").then()
                .statusCode(200).extract().asString();
        given().queryParam("year", 2025).when().get("/api/ppid/reports/annual/public").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").body(equalTo(staff));
    }

    @Test
    void thePublicReportNeedsNoTokenButAYear() {
        given().queryParam("year", 2001).when().get("/api/ppid/reports/annual/public").then().statusCode(200)
                .body("year", equalTo(2001)).body("requests.total", equalTo(0));
        given().when().get("/api/ppid/reports/annual/public").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("year"));
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
                grounds == null ? null : TEST, withheldParts, heldBy, null, CopyFormat.SOFTCOPY, "Keputusan"),
                OFFICER);
    }

    private InformationRequest recorded(Channel channel, String receivedAt) {
        Map<String, Object> body = id.go.madiunkota.ppid.support.RequestBodies.personRequest();
        body.put("channel", channel.name());
        body.put("receivedAt", receivedAt);
        return intake.submit(mapper.convertValue(body, SubmitRequest.class), OFFICER);
    }

    /** An objection filed on {@code filedOn}, persisted by the caller's transaction (unless decided later). */
    private Objection objection(String number, InformationRequest request, String filedOn) {
        LocalDate day = LocalDate.parse(filedOn);
        Objection objection = Objection.file(number, request.id(), Set.of(ObjectionGround.REQUEST_NOT_FULFILLED),
                "Keberatan.", day, new Actor("officer-1", "petugas.satu"), Objection.FiledVia.OFFICER,
                        day.plusDays(45), day.plusDays(66), "1",
                clock.instant());
        objectionRepository.persist(objection);
        return objection;
    }
}
