package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static id.go.madiunkota.verification.support.Fixtures.blacklist;
import static id.go.madiunkota.verification.support.Fixtures.checkAll;
import static id.go.madiunkota.verification.support.Fixtures.decide;
import static id.go.madiunkota.verification.support.Fixtures.registerProvider;
import static id.go.madiunkota.verification.support.Fixtures.represented;
import static id.go.madiunkota.verification.support.Fixtures.start;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.ProviderBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A verifier's work on a verification: start, documents, blacklist, decision, signature, archive. */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class VerificationFlowTest {

    private static String path(String verificationId, String step) {
        return BASE + "/verifications/" + verificationId + step;
    }

    @Test
    void startingFixesTheItemsThatApplyToTheProvider() {
        String providerId = registerProvider();
        String id = given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                .body("providerId", equalTo(providerId))
                .body("attempt", equalTo(1))
                .body("verifier", equalTo("verifier-1"))
                .body("represented", equalTo(false))
                .body("documents.code", contains(NIB_ITEMS_CV.toArray()))
                .body("unsatisfiedItems", contains(NIB_ITEMS_CV.toArray()))
                .body("lpseGuestBookSignedAt", not(nullValue()))
                .body("verificationGuestBookSignedAt", not(nullValue()))
                .body("targetMinutes", equalTo(15))
                .body("outcome", nullValue())
                .extract().path("id");
        given().when().get(BASE + "/verifications/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aRepresentativeAddsThePowerOfAttorneyAndIsShownMasked() {
        String providerId = registerProvider();
        given().contentType(ContentType.JSON)
                .body(represented(start(providerId, "SEED-2010")))
                .when().post(BASE + "/verifications").then().statusCode(201)
                .header("Location", containsString(BASE + "/verifications/"))
                .body("represented", equalTo(true))
                .body("representative.name", equalTo("Dewi Lestari"))
                .body("representative.nikMasked", equalTo("3577********0002"))
                .body("documents.code", hasItems("POWER_OF_ATTORNEY", "SIUP_SIUJK", "TDP"));
    }

    @Test
    void onlyOneVerificationOfAProviderRunsAtATime() {
        String providerId = registerProvider();
        startVerification(providerId);
        given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Verifikasi sedang berlangsung"));
    }

    @Test
    void startingNeedsAKnownProviderAndChecklistAndOrderedGuestBooks() {
        given().contentType(ContentType.JSON).body(start(UUID.randomUUID().toString(), "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        String providerId = registerProvider();
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(start(providerId, "NO-SUCH"))
                .when().post(BASE + "/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("checklistVersion"))
                .body("errors[0].message", equalTo("unknown checklist version"));
        Map<String, Object> body = start(providerId, "NIB-2021");
        body.put("lpseGuestBookSignedAt", "2026-03-16T09:30:00+07:00");
        body.put("verificationGuestBookSignedAt", "2026-03-16T09:10:00+07:00");
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(body)
                .when().post(BASE + "/verifications").then().statusCode(400)
                .body("errors[0].field", equalTo("verificationGuestBookSignedAt"))
                .body("errors[0].message", equalTo("buku tamu verifikasi diisi setelah buku tamu LPSE"));
        Map<String, Object> missing = start(providerId, "NIB-2021");
        missing.remove("providerId");
        missing.put("representative", Map.of("name", "Dewi", "nik", "123", "powerOfAttorney", "SK"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(missing)
                .when().post(BASE + "/verifications").then().statusCode(400)
                .body("errors.field", hasItems("providerId", "representative.nik"));
    }

    @Test
    void theGuestBookTimesAreRecorded() {
        String providerId = registerProvider();
        Map<String, Object> body = start(providerId, "NIB-2021");
        body.put("lpseGuestBookSignedAt", "2026-03-16T09:05:00+07:00");
        body.put("verificationGuestBookSignedAt", "2026-03-16T09:10:00+07:00");
        given().contentType(ContentType.JSON).body(body).when().post(BASE + "/verifications").then()
                .statusCode(201)
                .body("lpseGuestBookSignedAt", equalTo("2026-03-16T02:05:00Z"))
                .body("verificationGuestBookSignedAt", equalTo("2026-03-16T02:10:00Z"));
    }

    @Test
    void aDocumentCheckIsRecordedAndReplaced() {
        String id = startVerification(registerProvider());
        given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", false))
                .when().put(path(id, "/documents/NIB")).then().statusCode(200)
                .body("documents.find { it.code == 'NIB' }.satisfied", equalTo(false))
                .body("unsatisfiedItems", hasItem("NIB"));
        given().contentType(ContentType.JSON)
                .body(Map.of("originalSighted", true, "copyReceived", true, "note", "Fotokopi dilegalisasi"))
                .when().put(path(id, "/documents/NIB")).then().statusCode(200)
                .body("documents.find { it.code == 'NIB' }.satisfied", equalTo(true))
                .body("documents.find { it.code == 'NIB' }.note", equalTo("Fotokopi dilegalisasi"))
                .body("documents.find { it.code == 'NIB' }.checkedBy", equalTo("verifier-1"))
                .body("unsatisfiedItems", not(hasItem("NIB")));
        // TDP is not on the NIB-era checklist; the power of attorney only with a representative
        given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", true))
                .when().put(path(id, "/documents/TDP")).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", true))
                .when().put(path(id, "/documents/POWER_OF_ATTORNEY")).then().statusCode(404);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("copyReceived", true))
                .when().put(path(id, "/documents/NIB")).then().statusCode(400)
                .body("errors.field", hasItem("originalSighted"));
    }

    @Test
    void approvalWaitsForEveryDocumentAndAClearBlacklistCheck() {
        String providerId = registerProvider();
        String id = startVerification(providerId);
        checkAll(id, NIB_ITEMS_CV.subList(0, 5));
        decide(id, Map.of("outcome", "APPROVED", "note", "Lengkap")).statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Dokumen belum lengkap"))
                .body("detail", containsString("PARTICIPATION_FORM"));
        checkAll(id, List.of("PARTICIPATION_FORM"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("outcome", "APPROVED", "note", "Lengkap"))
                .when().post(path(id, "/decision")).then().statusCode(409)
                .body("title", equalTo("Blacklist check not recorded"));
        blacklist(id, true);
        decide(id, Map.of("outcome", "APPROVED")).statusCode(409)
                .body("title", equalTo("Penyedia masuk daftar hitam"));
        blacklist(id, false);
        decide(id, Map.of("outcome", "APPROVED", "missing", List.of("NIB"))).statusCode(400)
                .body("errors[0].field", equalTo("missing"));
        decide(id, Map.of("outcome", "APPROVED", "note", "Dokumen lengkap")).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("outcome", equalTo("APPROVED"))
                .body("decidedBy", equalTo("verifier-1"))
                .body("blacklistCheck.listed", equalTo(false))
                .body("durationSeconds", not(nullValue()))
                .body("withinTarget", equalTo(true));
        given().when().get(BASE + "/providers/" + providerId).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("activatedByVerification", equalTo(id));
        // an active provider needs no further verification
        given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(409);
        decide(id, Map.of("outcome", "REJECTED", "missing", List.of("NIB"))).statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", true))
                .when().put(path(id, "/documents/NIB")).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("listed", false, "source", "LKPP"))
                .when().post(path(id, "/blacklist-check")).then().statusCode(409);
    }

    @Test
    void aRejectionListsTheMissingItemsAndTheProviderComesBack() {
        String providerId = registerProvider();
        String first = startVerification(providerId);
        checkAll(first, List.of("DIRECTOR_KTP", "COMPANY_NPWP", "DEED_OF_ESTABLISHMENT", "REGISTRATION_FORM",
                "PARTICIPATION_FORM", "NIB"));
        decide(first, Map.of("outcome", "REJECTED", "missing", List.of("UNKNOWN"))).statusCode(400)
                .body("errors[0].field", equalTo("missing"));
        decide(first, Map.of("outcome", "REJECTED")).statusCode(400)
                .body("errors[0].message", equalTo("sebutkan dokumen yang kurang atau tidak sesuai"));
        decide(first, Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "NIB kedaluwarsa"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("missingItems", contains("NIB"))
                .body("decisionNote", equalTo("NIB kedaluwarsa"));
        given().when().get(BASE + "/providers/" + providerId).then().body("status", equalTo("REGISTERED"));

        String second = given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(201)
                .body("attempt", equalTo(2)).extract().path("id");
        decide(second, Map.of("outcome", "REJECTED")).statusCode(200)
                .body("missingItems", contains(NIB_ITEMS_CV.toArray()));
        given().queryParam("providerId", providerId).when().get(BASE + "/verifications").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, first));
    }

    @Test
    void theSheetIsSignedAfterTheDecisionAndThenArchived() {
        String id = startVerification(registerProvider());
        given().when().post(path(id, "/signature")).then().statusCode(409).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/LPSE/2026/03/0001"))
                .when().post(path(id, "/archive")).then().statusCode(409);
        decide(id, Map.of("outcome", "REJECTED", "missing", List.of("NIB"))).statusCode(200);
        given().when().post(path(id, "/signature")).then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signedBy", equalTo("verifier-1"))
                .body("signedAt", not(nullValue()));
        given().when().post(path(id, "/signature")).then().statusCode(409);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("archiveReference", " "))
                .when().post(path(id, "/archive")).then().statusCode(400)
                .body("errors.field", hasItem("archiveReference"));
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/LPSE/2026/03/0001"))
                .when().post(path(id, "/archive")).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("archiveReference", equalTo("ARSIP/LPSE/2026/03/0001"))
                .body("outcome", equalTo("REJECTED"));
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/LPSE/2026/03/0002"))
                .when().post(path(id, "/archive")).then().statusCode(409)
                .body("title", equalTo("Perubahan status tidak diizinkan"));
    }

    @Test
    void aSuspendedProviderIsNotVerified() {
        String providerId = registerProvider();
        suspend(providerId);
        given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(409);
    }

    @Test
    void everyStepOnAnUnknownVerificationIs404() {
        String id = UUID.randomUUID().toString();
        given().when().get(BASE + "/verifications/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", true))
                .when().put(path(id, "/documents/NIB")).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("listed", false, "source", "LKPP"))
                .when().post(path(id, "/blacklist-check")).then().statusCode(404);
        decide(id, Map.of("outcome", "APPROVED")).statusCode(404);
        given().when().post(path(id, "/signature")).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "A-1"))
                .when().post(path(id, "/archive")).then().statusCode(404);
    }

    @Test
    void malformedStepBodiesAre400() {
        String id = startVerification(registerProvider());
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("listed", false))
                .when().post(path(id, "/blacklist-check")).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("source"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .when().post(path(id, "/decision")).then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(Map.of("note", "x"))
                .when().post(path(id, "/decision")).then().statusCode(400)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItem("outcome"));
    }

    private static void suspend(String providerId) {
        // The verifier may not suspend; the provider is suspended through the service, as an admin would.
        io.quarkus.arc.Arc.container().instance(id.go.madiunkota.verification.service.ProviderService.class).get()
                .suspend(UUID.fromString(providerId),
                        new ProviderBodies.Suspension(id.go.madiunkota.verification.entity.SuspensionReason.OTHER,
                                null), new Caller("admin-1", "admin-1",
                                java.util.Set.of()));
    }
}
