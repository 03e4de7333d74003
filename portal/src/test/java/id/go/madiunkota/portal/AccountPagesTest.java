package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The logged-in citizen's pages against the stand-in gateway, without Keycloak: the citizen comes from
 * {@code @TestSecurity}/{@code @OidcSecurity} (a signed access token of their own, as the session cookie would hold),
 * an anonymous visitor is sent to the (stand-in) realm's login with PKCE. Asserted: the token reaches the gateway as
 * Bearer, the pages show what the API answered in the page's language, and a refusal lands next to its field.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakStandIn.class, restrictToAnnotatedClass = true)
class AccountPagesTest {

    static final String ID = "0b6f1c2e-7a4d-4e59-9a51-3f0d2c1b8e77";
    static final String OTHER = "5d1e8f3a-2b7c-4c6d-8e9f-0a1b2c3d4e5f";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void anAnonymousVisitorOfTheAccountIsSentToTheLoginWithPkceInThePagesLanguage() {
        Response answer = given().redirects().follow(false).cookie("lang", "en").when().get("/saya");
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(answer.header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("/realms/madiun/protocol/openid-connect/auth?", "response_type=code",
                "client_id=madiun-portal", "code_challenge_method=S256", "code_challenge=", "ui_locales=en",
                "redirect_uri=http://localhost:");
        assertThat(location).containsPattern("redirect_uri=http://localhost:\\d+/saya/masuk");
        assertThat(GatewayStandIn.received()).isEmpty();

        String indonesian = URLDecoder.decode(given().redirects().follow(false).when().get("/saya/keberatan")
                .then().statusCode(302).extract().header("Location"), StandardCharsets.UTF_8);
        assertThat(indonesian).contains("ui_locales=id");
        String chosen = URLDecoder.decode(given().redirects().follow(false).cookie("lang", "id")
                .queryParam("lang", "en").when().get("/saya").then().statusCode(302).extract().header("Location"),
                StandardCharsets.UTF_8);
        assertThat(chosen).contains("ui_locales=en");
    }

    @Test
    void publicPagesStayPublicAndOfferTheLogin() {
        String html = given().when().get("/layanan/helpdesk/pengaduan").then().statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/saya/masuk?ke=%2Flayanan%2Fhelpdesk%2Fpengaduan\" id=\"masuk\">Masuk</a>")
                .doesNotContain("Keluar");
        String english = given().cookie("lang", "en").when().get("/").then().statusCode(200).extract().asString();
        assertThat(english).contains(">Log in</a>");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity(claims = @Claim(key = "name", value = "Budi Santoso"))
    void myRequestsShowWhatTheApiAnsweredAndTheTokenReachesTheGateway() {
        GatewayStandIn.on("GET", "/api/ppid/requests/mine?page=0&size=10", 200, page(25, request(ID,
                "PPID/2026/000123", "IN_PROGRESS", "2026-12-14", false, null), request(OTHER, "PPID/2026/000099",
                "REJECTED", "2026-11-20", false, DECISION)));
        String html = given().when().get("/saya").then().statusCode(200).extract().asString();
        assertThat(html).contains("Permohonan informasi saya", "Budi Santoso",
                "<a href=\"/saya/permohonan/" + ID + "\">PPID/2026/000123</a>", "Sedang diproses",
                "14 Desember 2026", "Ditolak", "Data penerima bantuan sosial 2026", "Jumlah permohonan: 25",
                "Halaman 1 dari 3", "href=\"/saya?halaman=2\"", ">Keluar</button>", "action=\"/keluar\"")
                .doesNotContain("id=\"masuk\"");
        GatewayStandIn.Received sent = GatewayStandIn.received().get(0);
        assertThat(sent.path()).isEqualTo("/api/ppid/requests/mine?page=0&size=10");
        assertThat(sent.authorization()).startsWith("Bearer ey");
        assertThat(payload(sent.authorization())).contains("\"citizen1\"", "\"Budi Santoso\"");
        assertThat(sent.language()).isEqualTo("id");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity(claims = @Claim(key = "name", value = "Budi Santoso"))
    void theSecondPageInEnglish() {
        GatewayStandIn.on("GET", "/api/ppid/requests/mine?page=1&size=10", 200, page(12, 1,
                request(ID, "PPID/2026/000123", "EXTENDED", "2026-12-23", true, null)));
        String html = given().cookie("lang", "en").queryParam("halaman", "2").when().get("/saya").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("My information requests", "Time to answer extended", "23 December 2026",
                "(overdue)", "Page 2 of 2", "href=\"/saya?halaman=1\"", ">Log out</button>");
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("en");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity(claims = @Claim(key = "name", value = "Budi Santoso"))
    void aCitizenWithoutRequestsIsToldSo() {
        GatewayStandIn.on("GET", "/api/ppid/requests/mine?page=0&size=10", 200, page(0));
        assertThat(given().when().get("/saya").then().statusCode(200).extract().asString())
                .contains("Anda belum pernah mengajukan permohonan informasi").doesNotContain("class=\"pager\"");
    }

    @Test
    @TestSecurity(user = "ppid-officer", roles = "ppid-officer")
    @OidcSecurity
    void aStaffAccountIsToldTheseAreCitizensPages() {
        GatewayStandIn.on("GET", "/api/ppid/requests/mine?page=0&size=10", 403,
                "{\"title\":\"Akses ditolak\",\"status\":403}");
        assertThat(given().when().get("/saya").then().statusCode(403).extract().asString())
                .contains("Halaman ini untuk akun warga");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aRefusedTokenAsksToLogInAgain() {
        GatewayStandIn.on("GET", "/api/ppid/requests/mine?page=0&size=10", 401,
                "{\"title\":\"Unauthorized\",\"status\":401}");
        assertThat(given().when().get("/saya").then().statusCode(401).extract().asString())
                .contains("Sesi Anda telah berakhir");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void oneRequestWithItsWithdrawalForm() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, request(ID, "PPID/2026/000123", "REGISTERED",
                "2026-12-14", false, null));
        String html = given().when().get("/saya/permohonan/" + ID).then().statusCode(200).extract().asString();
        assertThat(html).contains("PPID/2026/000123", "K7QX2-MB9TD", "Terdaftar", "14 Desember 2026",
                "Untuk penelitian skripsi", "action=\"/saya/permohonan/" + ID + "/pencabutan\"", "name=\"reason\"")
                .doesNotContain("ajukan-keberatan");
        assertThat(GatewayStandIn.received().get(0).authorization()).startsWith("Bearer ");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aDecidedRequestOffersTheObjectionNotTheWithdrawal() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER, 200, request(OTHER, "PPID/2026/000099", "REJECTED",
                "2026-11-20", false, DECISION));
        String html = given().cookie("lang", "en").when().get("/saya/permohonan/" + OTHER).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Refused", "Pasal 17 huruf h: Informasi yang apabila dibuka",
                "href=\"/saya/permohonan/" + OTHER + "/keberatan\"", "18 November 2026")
                .doesNotContain("/pencabutan");
    }

    @Test
    @TestSecurity(user = "citizen2", roles = "citizen")
    @OidcSecurity
    void anotherCitizensRequestIsNotFound() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 404, "{\"title\":\"Tidak ditemukan\",\"status\":404}");
        given().when().get("/saya/permohonan/" + ID).then().statusCode(404);
        given().when().get("/saya/permohonan/not-a-uuid").then().statusCode(404);
        assertThat(GatewayStandIn.received()).hasSize(1);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aWithdrawalIsSentWithTheTokenAndLeadsBackToTheRequest() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/withdrawal", 200,
                request(ID, "PPID/2026/000123", "WITHDRAWN", "2026-12-14", false, null));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams("reason", "Informasinya sudah saya peroleh", "_key", "w-1")
                .when().post("/saya/permohonan/" + ID + "/pencabutan").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/saya/permohonan/" + ID + "?dicabut=1"));
        GatewayStandIn.Received sent = GatewayStandIn.received().get(0);
        assertThat(sent.body()).isEqualTo("{\"reason\":\"Informasinya sudah saya peroleh\"}");
        assertThat(sent.idempotencyKey()).isEqualTo("w-1");
        assertThat(sent.authorization()).startsWith("Bearer ");

        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, request(ID, "PPID/2026/000123", "WITHDRAWN",
                "2026-12-14", false, null));
        assertThat(given().queryParam("dicabut", "1").when().get("/saya/permohonan/" + ID).then().statusCode(200)
                .extract().asString()).contains("Permohonan Anda sudah dicabut.", "Dicabut oleh pemohon")
                .doesNotContain("/pencabutan\"", "ajukan-keberatan");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aRefusedWithdrawalShowsTheMessageNextToTheReason() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/withdrawal", 400, """
                {"title":"Invalid input","status":400,"errors":[{"field":"reason","message":"must not be blank"}]}""");
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, request(ID, "PPID/2026/000123", "REGISTERED",
                "2026-12-14", false, null));
        String html = given().cookie("lang", "en").contentType(ContentType.URLENC).formParams("_key", "w-2")
                .when().post("/saya/permohonan/" + ID + "/pencabutan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-reason\">must not be blank</p>",
                "aria-describedby=\"e-reason\"", "<a href=\"#f-reason\">", "value=\"w-2\"");
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("en");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aWithdrawalTooLateSaysWhyAtTheTop() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/withdrawal", 409, """
                {"title":"Konflik","status":409,"detail":"Permohonan sudah diputus dan tidak dapat dicabut."}""");
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, request(ID, "PPID/2026/000123", "IN_PROGRESS",
                "2026-12-14", false, null));
        String html = given().contentType(ContentType.URLENC).formParams("reason", "Tidak perlu lagi")
                .when().post("/saya/permohonan/" + ID + "/pencabutan").then().statusCode(409).extract().asString();
        assertThat(html).contains("<li>Permohonan sudah diputus dan tidak dapat dicabut.</li>",
                ">Tidak perlu lagi</textarea>");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void theObjectionFormNamesEveryGroundInPlainWords() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER, 200, request(OTHER, "PPID/2026/000099",
                "REJECTED", "2026-11-20", false, DECISION));
        String html = given().when().get("/saya/permohonan/" + OTHER + "/keberatan").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Ajukan keberatan", "PPID/2026/000099", "type=\"checkbox\"",
                "value=\"REJECTED_UNDER_PASAL_17\"", "Permohonan saya tidak ditanggapi", "value=\"LATE_ANSWER\"",
                "name=\"reason\"", "<legend>Alasan keberatan");
        assertThat(html.split("type=\"checkbox\"")).hasSize(8);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void anObjectionIsFiledAsTheOwnerAndTheListShowsIt() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + OTHER + "/objections", 201, OBJECTION);
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("grounds", "REJECTED_UNDER_PASAL_17", "REQUEST_NOT_FULFILLED", "NOT_A_GROUND")
                .formParam("reason", "Data itu tidak memuat data pribadi.").formParam("_key", "o-1")
                .when().post("/saya/permohonan/" + OTHER + "/keberatan").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/saya/keberatan?baru=KEBERATAN%2F2026%2F000007"));
        GatewayStandIn.Received sent = GatewayStandIn.received().get(0);
        assertThat(sent.body()).isEqualTo("{\"reason\":\"Data itu tidak memuat data pribadi.\","
                + "\"grounds\":[\"REJECTED_UNDER_PASAL_17\",\"REQUEST_NOT_FULFILLED\"]}");
        assertThat(sent.trackingCode()).isNull();
        assertThat(sent.authorization()).startsWith("Bearer ");
        assertThat(sent.idempotencyKey()).isEqualTo("o-1");

        GatewayStandIn.on("GET", "/api/ppid/objections?page=0&size=10", 200, "{\"items\":[" + OBJECTION
                + "],\"page\":0,\"size\":10,\"total\":1}");
        String html = given().queryParam("baru", "KEBERATAN/2026/000007").when().get("/saya/keberatan").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<span class=\"code\" id=\"nomor-keberatan\">KEBERATAN/2026/000007</span>",
                "Menunggu jawaban atasan PPID", "Permohonan saya tidak dipenuhi", "8 Januari 2027",
                "href=\"/saya/permohonan/" + OTHER + "\"", "29 Januari 2027");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aRefusedObjectionKeepsTheGroundsAndTheReasonAndSaysWhyInEnglish() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + OTHER + "/objections", 422, """
                {"title":"Unprocessable","status":422,
                 "detail":"The request was answered before its due date, 20 November 2026."}""");
        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER, 200, request(OTHER, "PPID/2026/000099",
                "REJECTED", "2026-11-20", false, DECISION));
        String html = given().cookie("lang", "en").contentType(ContentType.URLENC)
                .formParam("grounds", "REQUEST_NOT_ANSWERED").formParam("reason", "No answer <at all>")
                .when().post("/saya/permohonan/" + OTHER + "/keberatan").then().statusCode(422).extract().asString();
        assertThat(html).contains("<li>The request was answered before its due date, 20 November 2026.</li>",
                "value=\"REQUEST_NOT_ANSWERED\" checked", ">No answer &lt;at all&gt;</textarea>",
                "File an objection");
        assertThat(html).doesNotContain("value=\"LATE_ANSWER\" checked");
        assertThat(GatewayStandIn.received().get(0).language()).isEqualTo("en");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void anObjectionWithoutGroundsHasTheMessageOnTheGrounds() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + OTHER + "/objections", 400, """
                {"title":"Isian tidak valid","status":400,"errors":[{"field":"grounds","message":"tidak boleh kosong"},
                 {"field":"reason","message":"tidak boleh kosong"}]}""");
        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER, 200, request(OTHER, "PPID/2026/000099",
                "REJECTED", "2026-11-20", false, DECISION));
        String html = given().contentType(ContentType.URLENC).formParam("_key", "o-2")
                .when().post("/saya/permohonan/" + OTHER + "/keberatan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-grounds\">tidak boleh kosong</p>",
                "<p class=\"error\" id=\"e-reason\">tidak boleh kosong</p>", "<a href=\"#f-grounds\">",
                "id=\"f-grounds\"");
        assertThat(GatewayStandIn.received().get(0).body()).isEqualTo("{\"grounds\":[]}");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void decidedObjectionsShowTheAnswerAndTheDisputeWindow() {
        String decided = OBJECTION.replace("\"status\":\"FILED\"", "\"status\":\"DECIDED\"")
                .replace("\"outcome\":null", "\"outcome\":\"UPHELD\"")
                .replace("\"decisionReason\":null", "\"decisionReason\":\"Pengecualian sudah diuji.\"")
                .replace("\"decidedOn\":null", "\"decidedOn\":\"2026-12-22\"")
                .replace("\"disputeDueDate\":null", "\"disputeDueDate\":\"2027-01-12\"");
        GatewayStandIn.on("GET", "/api/ppid/objections?page=0&size=10", 200,
                "{\"items\":[" + decided + "],\"page\":0,\"size\":10,\"total\":1}");
        String html = given().cookie("lang", "en").when().get("/saya/keberatan").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("My objections", "Answered by the superior", "The PPID&#39;s decision was upheld",
                "22 December 2026", "Pengecualian sudah diuji.", "Last day to take the dispute", "12 January 2027")
                .doesNotContain("29 January 2027", "id=\"nomor-keberatan\"");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void afterTheLoginBackToThePageTheCitizenCameFromAndNowhereElse() {
        given().redirects().follow(false).queryParam("ke", "/layanan/ppid?lang=en").when().get("/saya/masuk")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/layanan/ppid?lang=en"));
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example", "/\\evil.example")) {
            given().redirects().follow(false).queryParam("ke", elsewhere).when().get("/saya/masuk").then()
                    .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/saya"));
        }
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity(claims = @Claim(key = "name", value = "Budi Santoso"))
    void aComplaintFiledWhileLoggedInCarriesTheCitizensToken() {
        GatewayStandIn.on("POST", "/api/helpdesk/complaints", 201,
                "{\"trackingCode\":\"K7QX2-MB9TD\",\"status\":\"RECEIVED\"}");
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams("service", "PPID", "complainant.name", "Budi Santoso", "content", "Lambat")
                .when().post("/layanan/helpdesk/pengaduan").then().statusCode(303);
        assertThat(payload(GatewayStandIn.received().get(0).authorization())).contains("\"citizen1\"");
    }

    /** The JSON claims of the Bearer token sent. */
    static String payload(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void theDecisionLetterOfOnesOwnRequestIsDownloadedAsTheServiceWroteIt() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER, 200, request(OTHER, "PPID/2026/000099", "REJECTED",
                "2026-11-20", false, DECISION));
        String html = given().when().get("/saya/permohonan/" + OTHER).then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/saya/permohonan/" + OTHER + "/surat/receipt\"",
                "href=\"/saya/permohonan/" + OTHER + "/surat/decision\"", "Pemberitahuan tertulis")
                .doesNotContain("/surat/extension");

        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER + "/letters/decision", 200, "%PDF-1.7 surat",
                java.util.Map.of("Content-Type", "application/pdf", "Content-Disposition",
                        "attachment; filename=\"pemberitahuan-tertulis.pdf\""));
        io.restassured.response.Response pdf = given().when().get("/saya/permohonan/" + OTHER + "/surat/decision");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"pemberitahuan-tertulis.pdf\"");
        assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.asString()).isEqualTo("%PDF-1.7 surat");
        GatewayStandIn.Received sent = GatewayStandIn.received().get(GatewayStandIn.received().size() - 1);
        assertThat(sent.authorization()).startsWith("Bearer ey");

        GatewayStandIn.on("GET", "/api/ppid/requests/" + OTHER + "/letters/extension", 404,
                "{\"title\":\"Tidak ditemukan\",\"status\":404}");
        given().when().get("/saya/permohonan/" + OTHER + "/surat/extension").then().statusCode(404);
        given().when().get("/saya/permohonan/" + OTHER + "/surat/other").then().statusCode(404);
    }

    static String page(long total, String... items) {
        return page(total, 0, items);
    }

    static String page(long total, int page, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":10,\"total\":" + total
                + "}";
    }

    static final String DECISION = """
            {"outcome":"REJECTED","exemptionGrounds":[{"code":"PASAL_17_H","article":"Pasal 17 huruf h",
             "text":"Informasi yang apabila dibuka dapat mengungkap rahasia pribadi"}],
             "consequenceTest":"Membuka data pribadi lebih merugikan.","withheldParts":null,"heldBy":null,
             "holderUnknown":false,"copyFormat":null,"note":"Ditolak karena memuat data pribadi.",
             "decidedOn":"2026-11-18","cost":0,"decidedBy":"petugas.ppid"}""";

    /** A request as the API's RequestView answers it to its owner. */
    static String request(String id, String number, String status, String due, boolean overdue, String decision) {
        return """
                {"id":"%s","registrationNumber":"%s","trackingCode":"K7QX2-MB9TD","status":"%s","channel":"ONLINE",
                 "applicant":{"type":"PERSON","name":"Budi Santoso","nikMasked":"3577********0001",
                  "legalEntityNumber":null,"occupation":"Mahasiswa","email":"budi@example.id","hasPhone":true,
                  "representativeName":null},
                 "informationRequested":"Data penerima bantuan sosial 2026","purpose":"Untuk penelitian skripsi",
                 "obtainMethod":"COPY","copyFormat":"SOFTCOPY","deliveryMethod":"EMAIL",
                 "receivedAt":"2026-11-30T02:00:00Z","receivedOn":"2026-11-30","dueDate":"%s","dueSoon":false,
                 "overdue":%s,"calendarVersion":"2026-v1","extendedOn":null,"extensionReason":null,"decision":%s,
                 "deliveredAt":null,"deliveredBy":null,"calendarProvisional":false,"recordedBy":null,
                 "extendedBy":null}""".formatted(id, number, status, due, overdue, decision == null ? "null"
                : decision);
    }

    /** An objection as the API's ObjectionView answers it. */
    static final String OBJECTION = """
            {"id":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","registrationNumber":"KEBERATAN/2026/000007",
             "requestId":"%s","status":"FILED","grounds":["REJECTED_UNDER_PASAL_17","REQUEST_NOT_FULFILLED"],
             "reason":"Data itu tidak memuat data pribadi.","filedOn":"2026-11-26","filedVia":"OWNER",
             "dueDate":"2027-01-08","calendarVersion":"2026-v1","outcome":null,"decisionReason":null,
             "decidedOn":null,"disputeDueDate":null,"commissionCaseNumber":null,"disputeFiledOn":null,
             "silenceDisputeDueDate":"2027-01-29","disputeOnSilence":false,"disputeOutcome":null,
             "disputeOutcomeOn":null,"decidedBy":null}""".formatted(OTHER);
}
