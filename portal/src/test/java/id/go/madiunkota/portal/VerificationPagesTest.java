package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's online registration, what to bring to the visit, and the status by reference, against the stand-in
 * gateway (answers shaped as verification-service's ProviderView, ChecklistView page and ProviderStatusView).
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class VerificationPagesTest {

    private static final String REFUSED = """
            {"type":"https://madiunkota.go.id/problems/validation","title":"Data tidak valid","status":400,
             "errors":[{"field":"npwp","message":"harus NPWP yang sah (15 atau 16 digit)"},
                       {"field":"director.nik","message":"harus NIK yang sah (16 digit)"},
                       {"field":"companyName","message":"tidak boleh kosong"}]}""";

    private static final String REGISTERED = """
            {"id":"6f1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d","registrationReference":"K7QX2-MB9TD",
             "companyName":"CV Maju Jaya Madiun","businessForm":"CV","npwpMasked":"09***********000",
             "nib":"9120001234567","director":{"name":"Bambang Setiawan","nikMasked":"3577********0003"},
             "email":"admin@majujaya.co.id","phone":"0351467327","address":"Jl. Mayjen Panjaitan No. 12",
             "status":"REGISTERED","registeredAt":"2026-12-01T02:00:00Z","activatedAt":null,
             "activatedByVerification":null,"suspension":null}""";

    private static final String CHECKLISTS = """
            {"items":[
             {"version":"NIB-2021","title":"Dokumen verifikasi penyedia (era NIB/OSS)","effectiveFrom":"2021-08-04",
              "description":"NIB dari OSS menggantikan SIUP/SIUJK dan TDP; dokumen lain tetap.","current":true,
              "items":[
               {"code":"DIRECTOR_KTP","name":"KTP Direktur dan fotokopinya",
                "nameEn":"Director's identity card (KTP) and a copy","original":true,"copy":true,
                "representedOnly":false,"businessForms":[]},
               {"code":"POWER_OF_ATTORNEY","name":"Surat Kuasa bermaterai (jika diwakilkan)",
                "nameEn":"Stamped power of attorney (if represented)","original":true,"copy":false,
                "representedOnly":true,"businessForms":[]},
               {"code":"DEED_OF_ESTABLISHMENT","name":"Akta pendirian dan akta perubahan badan usaha",
                "nameEn":"Deed of establishment and amendments","original":true,"copy":true,
                "representedOnly":false,"businessForms":["PT","CV","FIRM"]},
               {"code":"REGISTRATION_FORM","name":"Formulir pendaftaran","nameEn":"Registration form",
                "original":true,"copy":false,"representedOnly":false,"businessForms":[]}],
              "appliesTo":null,"createdAt":"2026-11-28T09:00:00Z"},
             {"version":"SEED-2010","title":"Dokumen verifikasi penyedia (standar pelayanan LPSE Kota Madiun)",
              "effectiveFrom":"2010-01-01","description":null,"current":false,
              "items":[{"code":"TDP","name":"TDP dan fotokopinya","nameEn":"TDP and a copy","original":true,
                "copy":true,"representedOnly":false,"businessForms":[]}],
              "appliesTo":null,"createdAt":"2026-11-28T09:00:00Z"}],
             "page":0,"size":100,"total":2}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void theServicePageLinksToTheRegistrationAndTheStatus() {
        String html = given().when().get("/layanan/verifikasi").then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/layanan/verifikasi/daftar\"", "href=\"/layanan/verifikasi/status\"",
                "href=\"/layanan/verifikasi/terdaftar\"");
    }

    @Test
    void theFormHasEveryFieldOfTheApiNamedAsTheApiNamesIt() {
        String html = given().when().get("/layanan/verifikasi/daftar").then().statusCode(200).extract().asString();
        assertThat(html).contains("name=\"companyName\"", "name=\"npwp\"", "name=\"nib\"", "name=\"director.name\"",
                "name=\"director.nik\"", "name=\"email\"", "name=\"phone\"", "name=\"address\"", "name=\"_key\"",
                "id=\"f-businessForm-CV\"", "id=\"f-businessForm-INDIVIDUAL\"", "Persekutuan Komanditer (CV)",
                "<label for=\"f-director.nik\">");
        assertThat(html).doesNotContain("class=\"summary\"");
    }

    @Test
    void aRefusalShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() {
        GatewayStandIn.on("POST", "/api/verification/providers", 400, REFUSED);
        String html = given().contentType(ContentType.URLENC).formParams(Map.of("businessForm", "PT",
                "npwp", "12345", "director.name", "Bambang <Setiawan>", "director.nik", "3577013202800001",
                "email", "admin@majujaya.co.id", "address", "Jl. Pahlawan 1\nMadiun", "_key", "k-7"))
                .when().post("/layanan/verifikasi/daftar").then().statusCode(400).extract().asString();
        assertThat(html).contains(
                "<p class=\"error\" id=\"e-npwp\">harus NPWP yang sah (15 atau 16 digit)</p>",
                "<p class=\"error\" id=\"e-director.nik\">harus NIK yang sah (16 digit)</p>",
                "<p class=\"error\" id=\"e-companyName\">tidak boleh kosong</p>",
                "aria-describedby=\"h-npwp e-npwp\"", "value=\"12345\"", "value=\"3577013202800001\"",
                "value=\"Bambang &lt;Setiawan&gt;\"", "value=\"PT\" checked", "Jl. Pahlawan 1\nMadiun</textarea>",
                "<a href=\"#f-director.nik\">");
        GatewayStandIn.Received sent = GatewayStandIn.received().stream()
                .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.path()).isEqualTo("/api/verification/providers");
        assertThat(sent.body()).contains("\"businessForm\":\"PT\"", "\"npwp\":\"12345\"",
                "\"director\":{\"name\":\"Bambang <Setiawan>\",\"nik\":\"3577013202800001\"}")
                .doesNotContain("_key", "companyName", "\"nib\"", "\"phone\"");
        assertThat(sent.idempotencyKey()).isEqualTo("k-7");
    }

    @Test
    void aRegistrationLeadsToItsReferenceAndTheDocumentsToBringForItsBusinessForm() {
        GatewayStandIn.on("POST", "/api/verification/providers", 201, REGISTERED,
                Map.of("Location", "http://gateway/api/verification/providers/6f1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("companyName", "CV Maju Jaya Madiun", "businessForm", "CV", "npwp",
                        "01.234.567.8-621.000", "director.name", "Bambang Setiawan", "director.nik",
                        "3577010505800003", "email", "admin@majujaya.co.id", "phone", "0351467327", "address",
                        "Jl. Mayjen Panjaitan No. 12"))
                .when().post("/layanan/verifikasi/daftar").then().statusCode(303)
                .header("Location", Matchers.endsWith("/layanan/verifikasi/terdaftar?ref=K7QX2-MB9TD&bentuk=CV"));

        GatewayStandIn.on("GET", "/api/verification/checklists?size=100", 200, CHECKLISTS);
        String html = given().queryParam("ref", "K7QX2-MB9TD").queryParam("bentuk", "CV").when()
                .get("/layanan/verifikasi/terdaftar").then().statusCode(200).extract().asString();
        assertThat(html).contains("<span class=\"code\" id=\"referensi\">K7QX2-MB9TD</span>",
                "id=\"dokumen-DIRECTOR_KTP\"", "KTP Direktur dan fotokopinya", "asli dan fotokopi",
                "id=\"dokumen-DEED_OF_ESTABLISHMENT\"", "Formulir pendaftaran", "asli saja",
                "Bila diwakili orang lain", "id=\"dokumen-POWER_OF_ATTORNEY\"", "4 Agustus 2021",
                "href=\"/layanan/verifikasi/status?ref=K7QX2-MB9TD\"");
        // only the version in force
        assertThat(html).doesNotContain("TDP dan fotokopinya");
    }

    @Test
    void aGatewayWithoutReferencesYetStillLeadsToWhatToBring() {
        GatewayStandIn.on("POST", "/api/verification/providers", 201,
                REGISTERED.replace("\"registrationReference\":\"K7QX2-MB9TD\",", ""));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParams(Map.of("businessForm", "CV"))
                .when().post("/layanan/verifikasi/daftar").then().statusCode(303)
                .header("Location", Matchers.endsWith("/layanan/verifikasi/terdaftar?bentuk=CV"));
        GatewayStandIn.on("GET", "/api/verification/checklists?size=100", 200, CHECKLISTS);
        String html = given().queryParam("bentuk", "CV").when().get("/layanan/verifikasi/terdaftar").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<h1>Dokumen yang harus dibawa</h1>", "id=\"dokumen-DIRECTOR_KTP\"")
                .doesNotContain("id=\"referensi\"");
    }

    @Test
    void anIndividualBusinessIsNotAskedForTheDeedAndEnglishNamesAreUsedInEnglish() {
        GatewayStandIn.on("GET", "/api/verification/checklists?size=100", 200, CHECKLISTS);
        String html = given().queryParam("ref", "K7QX2-MB9TD").queryParam("bentuk", "INDIVIDUAL")
                .queryParam("lang", "en").when().get("/layanan/verifikasi/terdaftar").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Director&#39;s identity card (KTP) and a copy", "original only",
                "Sole proprietorship").doesNotContain("Deed of establishment");
    }

    @Test
    void theStatusOfARejectedRegistrationNamesWhatToBring() {
        GatewayStandIn.on("GET", "/api/verification/providers/status/K7QX2-MB9TD", 200, """
                {"registrationReference":"K7QX2-MB9TD","companyName":"CV Maju Jaya Madiun","businessForm":"CV",
                 "status":"REGISTERED","registeredAt":"2026-12-01T02:00:00Z","activatedAt":null,
                 "verification":{"attempt":1,"status":"REJECTED","outcome":"REJECTED",
                  "startedAt":"2026-12-03T01:00:00Z","decidedAt":"2026-12-03T01:20:00Z",
                  "missing":[{"code":"NIB","name":"NIB (Nomor Induk Berusaha) dari OSS dan fotokopinya",
                              "nameEn":"Business identification number (NIB) from OSS and a copy"}]}}""");
        String html = given().queryParam("ref", "K7QX2-MB9TD").when().get("/layanan/verifikasi/status").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<p id=\"status\">Verifikasi belum disetujui</p>", "<ul id=\"kurang\">",
                "<li>NIB (Nomor Induk Berusaha) dari OSS dan fotokopinya</li>", "CV Maju Jaya Madiun",
                "<dd class=\"code\" id=\"referensi\">K7QX2-MB9TD</dd>", "3 Desember 2026, 08.20 WIB",
                "1 Desember 2026, 09.00 WIB", "href=\"/layanan/verifikasi/terdaftar?bentuk=CV\"");
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("id");
    }

    @Test
    void anActiveProviderIsToldSoInEnglish() {
        GatewayStandIn.on("GET", "/api/verification/providers/status/K7QX2-MB9TD", 200, """
                {"registrationReference":"K7QX2-MB9TD","companyName":null,"businessForm":"INDIVIDUAL",
                 "status":"ACTIVE","registeredAt":"2026-12-01T02:00:00Z","activatedAt":"2026-12-03T01:20:00Z",
                 "verification":{"attempt":1,"status":"SIGNED","outcome":"APPROVED",
                  "startedAt":"2026-12-03T01:00:00Z","decidedAt":"2026-12-03T01:20:00Z","missing":[]}}""");
        String html = given().queryParam("ref", "K7QX2-MB9TD").cookie("lang", "en").when()
                .get("/layanan/verifikasi/status").then().statusCode(200).extract().asString();
        assertThat(html).contains("<p id=\"status\">Verified: your SPSE account is active</p>", "Your registration",
                "Sole proprietorship", "3 December 2026, 08.20 WIB",
                "<a href=\"/layanan/verifikasi/status?ref=K7QX2-MB9TD&amp;lang=id\" lang=\"id\"")
                .doesNotContain("id=\"kurang\"");
    }

    @Test
    void anUnknownReferenceIsSaidNextToTheField() {
        GatewayStandIn.on("GET", "/api/verification/providers/status/NOPE", 404,
                "{\"title\":\"Nomor referensi pendaftaran tidak dikenal\",\"status\":404}");
        String html = given().queryParam("ref", "NOPE").when().get("/layanan/verifikasi/status").then()
                .statusCode(404).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-ref\">Tidak ada pendaftaran dengan nomor referensi ini",
                "value=\"NOPE\"", "aria-invalid=\"true\"", "aria-describedby=\"h-ref e-ref\"");
    }

    @Test
    void theStatusPageWithoutAReferenceAsksForOneAndCallsNothing() {
        String html = given().when().get("/layanan/verifikasi/status").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"f-ref\"", "name=\"ref\"").doesNotContain("id=\"status\"");
        assertThat(GatewayStandIn.received()).isEmpty();
    }

    @Test
    void aGatewayThatIsDownGivesTheFriendlyPage() {
        GatewayStandIn.mode(GatewayStandIn.Mode.BROKEN);
        given().contentType(ContentType.URLENC).formParams(Map.of("npwp", "1")).when()
                .post("/layanan/verifikasi/daftar").then().statusCode(503);
        given().queryParam("ref", "K7QX2-MB9TD").when().get("/layanan/verifikasi/status").then().statusCode(503);
    }
}
