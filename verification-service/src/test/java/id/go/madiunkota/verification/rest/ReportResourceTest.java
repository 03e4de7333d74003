package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.RegisterProvider;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.service.ProviderService;
import id.go.madiunkota.verification.service.VerificationService;
import id.go.madiunkota.verification.service.VerificationWorkflowService;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report per period and verifier, on a day of its own (6 May 2031, set on the test clock) so that other tests'
 * verifications do not count: two verifications by petugas.a (approved in 10 minutes, rejected after 20) and one by
 * petugas.b still in progress.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String DAY = "2031-05-06";
    /** Subjects that sort the other way round from the names: the report orders and shows by name. */
    private static final Caller VERIFIER_A = new Caller("f0a1c2d3-0000-4000-8000-0000000000aa", "petugas.a",
            java.util.Set.of());
    private static final Caller VERIFIER_B = new Caller("0b1c2d3e-0000-4000-8000-0000000000bb", "petugas.b",
            java.util.Set.of());

    @Inject
    TestClock clock;
    @Inject
    ProviderService providers;
    @Inject
    VerificationService verifications;
    @Inject
    VerificationWorkflowService workflow;

    private static boolean seeded;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void seedTheDay() {
        if (seeded) {
            return;
        }
        clock.set(OffsetDateTime.parse(DAY + "T09:00:00+07:00"));
        UUID approved = start(register(), VERIFIER_A);
        UUID rejected = start(register(), VERIFIER_A);
        start(register(), VERIFIER_B);
        for (String code : Fixtures.NIB_ITEMS_CV) {
            workflow.checkDocument(approved, code, new VerificationBodies.DocumentCheck(true, true, null), VERIFIER_A);
        }
        workflow.blacklistCheck(approved, new VerificationBodies.BlacklistCheck(false, "LKPP"));
        clock.set(OffsetDateTime.parse(DAY + "T09:10:00+07:00"));
        workflow.decide(approved, new VerificationBodies.Decision(Outcome.APPROVED, List.of(), null), VERIFIER_A);
        clock.set(OffsetDateTime.parse(DAY + "T09:20:00+07:00"));
        workflow.decide(rejected, new VerificationBodies.Decision(Outcome.REJECTED, List.of("NIB"), null),
                VERIFIER_A);
        clock.reset();
        seeded = true;
    }

    private UUID register() {
        return providers.register(new RegisterProvider("CV Laporan", BusinessForm.CV, Fixtures.npwp(), null,
                new RegisterProvider.Director("Bambang Setiawan", Fixtures.DIRECTOR_NIK), "cv@example.id",
                Fixtures.PHONE, Fixtures.ADDRESS)).id();
    }

    private UUID start(UUID providerId, Caller verifier) {
        return verifications.start(new VerificationBodies.Start(providerId, "NIB-2021", null, null, null), verifier)
                .id();
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theReportCountsOutcomesAndTimeAgainstTheTargetPerVerifier() {
        seedTheDay();
        given().queryParam("from", DAY).queryParam("to", DAY).when().get(BASE + "/reports").then().statusCode(200)
                .body("from", equalTo(DAY))
                .body("to", equalTo(DAY))
                .body("targetMinutes", equalTo(15))
                .body("total.started", equalTo(3))
                .body("total.inProgress", equalTo(1))
                .body("total.approved", equalTo(1))
                .body("total.rejected", equalTo(1))
                .body("total.decided", equalTo(2))
                .body("total.decidedWithinTarget", equalTo(1))
                .body("total.shareWithinTarget", equalTo(0.5f))
                .body("total.averageMinutes", equalTo(15.0f))
                .body("byVerifier.verifier", equalTo(List.of("petugas.a", "petugas.b")))
                .body("byVerifier[0].counts.started", equalTo(2))
                .body("byVerifier[0].counts.approved", equalTo(1))
                .body("byVerifier[0].counts.rejected", equalTo(1))
                .body("byVerifier[1].counts.started", equalTo(1))
                .body("byVerifier[1].counts.inProgress", equalTo(1))
                .body("byVerifier[1].counts.averageMinutes", nullValue())
                .body("providersRegistered", equalTo(3))
                .body("providersActivated", equalTo(1));
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void aVerifierReadsTheReportToo() {
        seedTheDay();
        given().queryParam("from", "2031-05-01").queryParam("to", "2031-05-31").when().get(BASE + "/reports")
                .then().statusCode(200).body("total.started", equalTo(3));
        given().queryParam("from", "2031-05-07").queryParam("to", "2031-05-07").when().get(BASE + "/reports")
                .then().statusCode(200).body("total.started", equalTo(0))
                .body("total.shareWithinTarget", nullValue());
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void aRenamedVerifierIsOneLineUnderTheirLatestName() {
        String day = "2031-06-10";
        clock.set(OffsetDateTime.parse(day + "T08:00:00+07:00"));
        Caller before = new Caller("9d8c7b6a-0000-4000-8000-0000000000cc", "petugas.lama", java.util.Set.of());
        Caller after = new Caller(before.subject(), "petugas.baru", java.util.Set.of());
        UUID first = start(register(), before);
        clock.set(OffsetDateTime.parse(day + "T08:30:00+07:00"));
        start(register(), after);
        clock.set(OffsetDateTime.parse(day + "T08:44:00+07:00"));
        workflow.decide(first, new VerificationBodies.Decision(Outcome.REJECTED, List.of("NIB"), null), after);
        clock.reset();
        given().queryParam("from", day).queryParam("to", day).when().get(BASE + "/reports").then().statusCode(200)
                .body("byVerifier.verifier", equalTo(List.of("petugas.baru")))
                .body("byVerifier[0].counts.started", equalTo(2))
                .body("byVerifier[0].counts.rejected", equalTo(1))
                .body("byVerifier[0].counts.decided", equalTo(1))
                .body("total.decidedWithinTarget", equalTo(0))
                .body("total.averageMinutes", equalTo(44.0f))
                .body("total.shareWithinTarget", equalTo(0.0f));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void aBadPeriodIs400WithItsField() {
        given().queryParam("from", "2026-03-10").queryParam("to", "2026-03-01").header("Accept-Language", "id")
                .when().get(BASE + "/reports").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("tanggal akhir tidak boleh sebelum tanggal awal"));
        given().queryParam("from", "2024-01-01").queryParam("to", "2026-03-01").header("Accept-Language", "en")
                .when().get(BASE + "/reports").then().statusCode(400)
                .body("errors[0].message", equalTo("a report covers at most 366 days"));
        given().queryParam("from", "1 Maret").queryParam("to", "2026-02-30").header("Accept-Language", "en")
                .when().get(BASE + "/reports").then().statusCode(400)
                .body("errors.message", hasItem("must be a date of the form YYYY-MM-DD, such as 2026-03-13"));
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-02-30").header("Accept-Language", "en")
                .when().get(BASE + "/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().header("Accept-Language", "en").when().get(BASE + "/reports").then().statusCode(400)
                .body("errors.size()", equalTo(1)).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("is required"));
        given().queryParam("from", "2026-03-01").header("Accept-Language", "id").when().get(BASE + "/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("wajib diisi"));
    }
}
