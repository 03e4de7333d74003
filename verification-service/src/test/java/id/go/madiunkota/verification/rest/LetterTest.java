package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.DIRECTOR_NIK;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static id.go.madiunkota.verification.support.Fixtures.blacklist;
import static id.go.madiunkota.verification.support.Fixtures.checkAll;
import static id.go.madiunkota.verification.support.Fixtures.decide;
import static id.go.madiunkota.verification.support.Fixtures.registerProvider;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.testing.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Berita Acara Verifikasi read back with PDFBox: each document as checked, the result, the verifier, the time. */
@QuarkusTest
class LetterTest {

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void theBeritaAcaraListsEachDocumentTheResultAndTheVerifierOnceDecided() {
        String providerId = registerProvider();
        String id = startVerification(providerId);
        String letter = BASE + "/verifications/" + id + "/letters/berita-acara";
        given().when().get(letter).then().statusCode(409).contentType(Problem.MEDIA_TYPE);
        checkAll(id, NIB_ITEMS_CV.subList(0, 2));
        given().contentType(ContentType.JSON)
                .body(Map.of("originalSighted", false, "copyReceived", true, "note", "Asli tertinggal"))
                .when().put(BASE + "/verifications/" + id + "/documents/NIB").then().statusCode(200);
        blacklist(id, false);
        decide(id, Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "Datang kembali dengan NIB asli."))
                .statusCode(200);
        List<String> names = given().when().get(BASE + "/verifications/" + id).then().statusCode(200)
                .extract().path("documents.name");
        String reference = given().when().get(BASE + "/providers/" + providerId).then().statusCode(200)
                .extract().path("registrationReference");

        byte[] pdf = given().when().get(letter).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"berita-acara-verifikasi-"
                        + id.substring(0, 8).toUpperCase() + ".pdf\""))
                .extract().asByteArray();
        String text = PdfText.of("verification-berita-acara", pdf).text();
        assertThat(text).contains("PEMERINTAH KOTA MADIUN", "BERITA ACARA VERIFIKASI PENYEDIA BARANG/JASA",
                        "CV Maju Jaya Madiun", "persekutuan komanditer", "Bambang Setiawan", reference,
                        "BAV/LPSE/" + id.substring(0, 8).toUpperCase(),
                        "Asli tertinggal", "belum diperiksa", "belum lengkap", "lengkap",
                        "Tidak tercantum (sumber: Daftar Hitam Nasional LKPP", "Hasil verifikasi: ditolak",
                        "Datang kembali dengan NIB asli.", "verifier-1", "WIB")
                // each document's row (a long name wraps inside its cell, so its first words), and the missing
                // ones in full in the result
                .contains(names.stream().map(n -> String.join(" ", List.of(n.split(" ")).subList(0, 2))).toList())
                .contains("Dokumen yang belum lengkap atau tidak sah: 1. " + names.get(2))
                .doesNotContain(DIRECTOR_NIK, "admin@majujaya.co.id");
        given().header("Accept-Language", "en").when().get(BASE + "/verifications/" + id + "/letters/receipt")
                .then().statusCode(404).body("detail", equalTo("There is no letter kind 'receipt'. The kinds are: "
                        + "berita-acara."));
        given().when().get(BASE + "/verifications/" + UUID.randomUUID() + "/letters/berita-acara").then()
                .statusCode(404);
    }

    @Test
    void theBeritaAcaraNeedsAToken() {
        given().when().get(BASE + "/verifications/" + UUID.randomUUID() + "/letters/berita-acara").then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theBeritaAcaraIsForVerifiersAndAuditors() {
        given().when().get(BASE + "/verifications/" + UUID.randomUUID() + "/letters/berita-acara").then()
                .statusCode(403);
    }
}
