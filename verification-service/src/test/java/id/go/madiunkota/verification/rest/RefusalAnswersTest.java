package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the verifier's work, in both languages: the status, the problem type, the field (for a 400) and the
 * text, whole Bahasa Indonesia or whole English, with states, steps and things named as words, never as codes.
 */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class RefusalAnswersTest {

    private static final String TYPE = "https://madiunkota.go.id/problems/";

    /** A request in {@code language}; the function makes the call. */
    private static ValidatableResponse in(String language, Function<io.restassured.specification.RequestSpecification,
            io.restassured.response.Response> call) {
        return call.apply(given().contentType(ContentType.JSON).header("Accept-Language", language)).then()
                .contentType(Problem.MEDIA_TYPE);
    }

    /** A 404 or 409 whose detail is {@code id} in Bahasa Indonesia and {@code en} in English. */
    private static void refused(int status, String code, String id, String en,
            Function<io.restassured.specification.RequestSpecification, io.restassured.response.Response> call) {
        in("id", call).statusCode(status).body("type", equalTo(TYPE + code)).body("status", equalTo(status))
                .body("detail", equalTo(id));
        in("en", call).statusCode(status).body("type", equalTo(TYPE + code)).body("detail", equalTo(en));
    }

    /** A 400 naming {@code field}, its message {@code id} in Bahasa Indonesia and {@code en} in English. */
    private static void invalid(String field, String id, String en,
            Function<io.restassured.specification.RequestSpecification, io.restassured.response.Response> call) {
        in("id", call).statusCode(400).body("type", equalTo(TYPE + "validation"))
                .body("title", equalTo("Data tidak valid")).body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(id));
        in("en", call).statusCode(400).body("title", equalTo("Invalid data")).body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(en));
    }

    private static String path(String id, String step) {
        return BASE + "/verifications/" + id + step;
    }

    private static Map<String, Object> decision(String outcome, List<String> missing) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("missing", missing);
        return body;
    }

    @Test
    void startingForAnUnknownProviderIsA404NamingTheProvider() {
        String unknown = UUID.randomUUID().toString();
        refused(404, "not-found", "Penyedia dengan pengenal " + unknown + " tidak ditemukan.",
                "Provider with id " + unknown + " was not found.",
                r -> r.body(Fixtures.start(unknown, "NIB-2021")).post(BASE + "/verifications"));
    }

    @Test
    void startingWithAnUnknownChecklistOrGuestBooksOutOfOrderIsA400() {
        String providerId = Fixtures.registerProvider();
        invalid("checklistVersion", "versi daftar dokumen tidak dikenal", "unknown checklist version",
                r -> r.body(Fixtures.start(providerId, "NIB-2099")).post(BASE + "/verifications"));
        Map<String, Object> reversed = Fixtures.start(providerId, "NIB-2021");
        reversed.put("lpseGuestBookSignedAt", "2026-03-16T10:00:00+07:00");
        reversed.put("verificationGuestBookSignedAt", "2026-03-16T09:00:00+07:00");
        invalid("verificationGuestBookSignedAt", "buku tamu verifikasi diisi setelah buku tamu LPSE",
                "the verification guest book is signed after the LPSE guest book",
                r -> r.body(reversed).post(BASE + "/verifications"));
    }

    @Test
    void aSecondStartWhileOneRunsIsA409() {
        String providerId = Fixtures.registerProvider();
        Fixtures.startVerification(providerId);
        in("id", r -> r.body(Fixtures.start(providerId, "NIB-2021")).post(BASE + "/verifications")).statusCode(409)
                .body("type", equalTo(TYPE + "verification.in-progress"))
                .body("title", equalTo("Verifikasi sedang berlangsung"))
                .body("detail", containsString("Selesaikan verifikasi tersebut"));
        in("en", r -> r.body(Fixtures.start(providerId, "NIB-2021")).post(BASE + "/verifications")).statusCode(409)
                .body("title", equalTo("Verification in progress"))
                .body("detail", equalTo("A verification of this provider is in progress. Finish it before starting "
                        + "a new one."));
    }

    @Test
    void anActiveProviderIsNotVerifiedAgain() {
        String providerId = Fixtures.registerProvider();
        String id = Fixtures.startVerification(providerId);
        Fixtures.checkAll(id, NIB_ITEMS_CV);
        Fixtures.blacklist(id, false);
        Fixtures.decide(id, decision("APPROVED", null)).statusCode(200);
        refused(409, "invalid-transition", "Tindakan 'mulai verifikasi' tidak dapat dilakukan saat status aktif.",
                "'starting a verification' is not possible while the status is active.",
                r -> r.body(Fixtures.start(providerId, "NIB-2021")).post(BASE + "/verifications"));
    }

    @Test
    void aDocumentNotOnTheChecklistAndAnUnknownVerificationAre404s() {
        String id = Fixtures.startVerification(Fixtures.registerProvider());
        refused(404, "not-found", "Dokumen daftar periksa dengan pengenal SIUP_SIUJK tidak ditemukan.",
                "Checklist item with id SIUP_SIUJK was not found.",
                r -> r.body(Map.of("originalSighted", true, "copyReceived", true))
                        .put(path(id, "/documents/SIUP_SIUJK")));
        String unknown = UUID.randomUUID().toString();
        refused(404, "not-found", "Verifikasi dengan pengenal " + unknown + " tidak ditemukan.",
                "Verification with id " + unknown + " was not found.", r -> r.get(path(unknown, "")));
        refused(404, "not-found", "Versi daftar dokumen dengan pengenal NIB-2099 tidak ditemukan.",
                "Checklist version with id NIB-2099 was not found.", r -> r.get(BASE + "/checklists/NIB-2099"));
    }

    @Test
    void anApprovalIsRefusedUntilDocumentsAndBlacklistCheckAllowIt() {
        String id = Fixtures.startVerification(Fixtures.registerProvider());
        invalid("missing", "harus kosong bila verifikasi disetujui", "must be empty when the verification is approved",
                r -> r.body(decision("APPROVED", List.of("NIB"))).post(path(id, "/decision")));
        Fixtures.checkAll(id, NIB_ITEMS_CV.subList(0, 4));
        refused(409, "verification.documents-incomplete", "Verifikasi belum dapat disetujui: dokumen berikut belum "
                + "diperiksa lengkap (asli dilihat dan fotokopi diterima): REGISTRATION_FORM, PARTICIPATION_FORM.",
                "The verification cannot be approved yet: these documents are not fully checked (original seen and "
                        + "copy received): REGISTRATION_FORM, PARTICIPATION_FORM.",
                r -> r.body(decision("APPROVED", null)).post(path(id, "/decision")));
        Fixtures.checkAll(id, NIB_ITEMS_CV);
        refused(409, "verification.blacklist-check-missing", "Verifikasi belum dapat disetujui: catat dahulu "
                + "pemeriksaan daftar hitam atas NPWP penyedia.", "The verification cannot be approved yet: record the "
                + "blacklist check of the provider's NPWP first.",
                r -> r.body(decision("APPROVED", null)).post(path(id, "/decision")));
        Fixtures.blacklist(id, true);
        refused(409, "verification.blacklisted",
                "Verifikasi tidak dapat disetujui karena penyedia tercantum dalam daftar hitam.",
                "The verification cannot be approved because the provider is on the blacklist.",
                r -> r.body(decision("APPROVED", null)).post(path(id, "/decision")));
        given().when().get(path(id, "")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aRejectionMustNameKnownItemsOrHaveSomethingMissing() {
        String id = Fixtures.startVerification(Fixtures.registerProvider());
        invalid("missing", "berisi kode yang tidak ada dalam daftar dokumen verifikasi ini",
                "holds a code that is not on this verification's checklist",
                r -> r.body(decision("REJECTED", List.of("TDP"))).post(path(id, "/decision")));
        Fixtures.checkAll(id, NIB_ITEMS_CV);
        Fixtures.blacklist(id, false);
        invalid("missing", "sebutkan dokumen yang kurang atau tidak sesuai", "name the missing or invalid documents",
                r -> r.body(decision("REJECTED", List.of())).post(path(id, "/decision")));
    }

    @Test
    void aStepOutOfOrderNamesTheStepAndTheStateAsWords() {
        String id = Fixtures.startVerification(Fixtures.registerProvider());
        refused(409, "invalid-transition",
                "Tindakan 'penandatanganan' tidak dapat dilakukan saat status sedang berlangsung.",
                "'signing' is not possible while the status is in progress.", r -> r.post(path(id, "/signature")));
        refused(409, "invalid-transition", "Tindakan 'pengarsipan' tidak dapat dilakukan saat status sedang "
                + "berlangsung.", "'archiving' is not possible while the status is in progress.",
                r -> r.body(Map.of("archiveReference", "ARSIP/1")).post(path(id, "/archive")));
        Fixtures.decide(id, decision("REJECTED", List.of("NIB"))).statusCode(200);
        refused(409, "invalid-transition", "Tindakan 'pemeriksaan dokumen' tidak dapat dilakukan saat status ditolak.",
                "'document check' is not possible while the status is rejected.",
                r -> r.body(Map.of("originalSighted", true, "copyReceived", true)).put(path(id, "/documents/NIB")));
        refused(409, "invalid-transition",
                "Tindakan 'pemeriksaan daftar hitam' tidak dapat dilakukan saat status ditolak.",
                "'blacklist check' is not possible while the status is rejected.",
                r -> r.body(Map.of("listed", false, "source", "LKPP")).post(path(id, "/blacklist-check")));
        refused(409, "invalid-transition", "Tindakan 'persetujuan' tidak dapat dilakukan saat status ditolak.",
                "'approval' is not possible while the status is rejected.",
                r -> r.body(decision("APPROVED", null)).post(path(id, "/decision")));
        refused(409, "invalid-transition", "Tindakan 'penolakan' tidak dapat dilakukan saat status ditolak.",
                "'rejection' is not possible while the status is rejected.",
                r -> r.body(decision("REJECTED", List.of("NIB"))).post(path(id, "/decision")));
        given().when().post(path(id, "/signature")).then().statusCode(200);
        refused(409, "invalid-transition",
                "Tindakan 'penandatanganan' tidak dapat dilakukan saat status ditandatangani.",
                "'signing' is not possible while the status is signed.", r -> r.post(path(id, "/signature")));
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/2")).when()
                .post(path(id, "/archive")).then().statusCode(200);
        refused(409, "invalid-transition", "Tindakan 'pengarsipan' tidak dapat dilakukan saat status diarsipkan.",
                "'archiving' is not possible while the status is archived.",
                r -> r.body(Map.of("archiveReference", "ARSIP/3")).post(path(id, "/archive")));
    }

    @Test
    void aBadStatusFilterListsTheAllowedValues() {
        in("en", r -> r.queryParam("status", "DONE").get(BASE + "/verifications")).statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("IN_PROGRESS"))
                .body("errors[0].message", containsString("ARCHIVED"));
    }
}
