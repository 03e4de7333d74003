package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PPID request form, its tracking and the objection, against the stand-in gateway whose answers are shaped like
 * ppid-service's ({@code RequestView}, {@code TrackingView}, {@code ObjectionView}, {@code GroundView}, problem+json
 * with {@code errors[{field, message}]}): what is sent, where a refusal's messages go, nothing typed lost.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class PpidPagesTest {

    private static final String ID = "0b9f3c52-6a1d-4e2f-9c1a-3f5b7d9e1a20";
    private static final String CODE = "K7QX2-MB9TD";
    /** The last day to object, a month from today wherever the tests run (the page compares it with today). */
    private static final String OPEN_UNTIL = LocalDate.now(Views.MADIUN).plusDays(30).toString();

    private static final String REFUSED_ID = """
            {"type":"https://madiunkota.go.id/problems/validation","title":"Isian tidak valid","status":400,
             "detail":"Ada isian yang tidak valid.","instance":"/api/ppid/requests",
             "errors":[{"field":"applicant.address","message":"tidak boleh kosong"},
                       {"field":"applicant.nik","message":"harus NIK 16 digit yang sah"},
                       {"field":"copyFormat",
                        "message":"pilih bentuk salinan (salinan elektronik atau salinan cetak)"}]}""";

    private static final String REFUSED_EN = """
            {"type":"https://madiunkota.go.id/problems/validation","title":"Invalid input","status":400,
             "detail":"Some fields are invalid.","instance":"/api/ppid/requests",
             "errors":[{"field":"applicant.legalEntityNumber",
                        "message":"an organisation must give its legal-entity decree number"},
                       {"field":"applicant.phone","message":"give a phone number or an e-mail address"}]}""";

    /** {@code RequestView} as the API answers a submit (201). */
    private static final String CREATED = """
            {"id":"%s","registrationNumber":"PPID/2026/000123","trackingCode":"%s","status":"REGISTERED",
             "channel":"ONLINE","applicant":{"type":"PERSON","name":"Sri Wahyuni","nikMasked":"3577********0001",
             "legalEntityNumber":null,"occupation":"Mahasiswa","email":"sri@example.id","hasPhone":true,
             "representativeName":null},"informationRequested":"Salinan DPA 2026","purpose":"Skripsi",
             "obtainMethod":"COPY","copyFormat":"SOFTCOPY","deliveryMethod":"EMAIL",
             "receivedAt":"2026-12-01T02:00:00Z","receivedOn":"2026-12-01","dueDate":"2026-12-15","dueSoon":false,
             "overdue":false,"calendarVersion":"2026-1","extendedOn":null,"extensionReason":null,"decision":null,
             "deliveredAt":null,"deliveredBy":null,"calendarProvisional":false,"recordedBy":null,
             "extendedBy":null}""".formatted(ID, CODE);

    /** {@code TrackingView} of a request just received. */
    private static final String REGISTERED = """
            {"id":"%s","registrationNumber":"PPID/2026/000123","status":"REGISTERED","receivedOn":"2026-12-01",
             "dueDate":"2026-12-15","overdue":false,"extendedOn":null,"outcome":null,"exemptionGrounds":[],
             "decidedOn":null,"deliveredOn":null,"objectionDueDate":null,"objection":null,
             "calendarProvisional":false}""".formatted(ID);

    /** {@code TrackingView} of a request extended, partly granted, delivered, with an objection decided. */
    private static final String DECIDED = """
            {"id":"%s","registrationNumber":"PPID/2026/000123","status":"DELIVERED","receivedOn":"2026-12-01",
             "dueDate":"2026-12-24","overdue":false,"extendedOn":"2026-12-08","outcome":"PARTIALLY_GRANTED",
             "exemptionGrounds":["PASAL_17_A","PASAL_17_H"],"decidedOn":"2026-12-10","deliveredOn":"2026-12-11",
             "objectionDueDate":"%2$s",
             "objection":{"registrationNumber":"KEBERATAN/2026/000007","status":"DECIDED","outcome":"UPHELD",
              "filedOn":"2026-12-14","dueDate":"2027-01-27","decidedOn":"2026-12-21","disputeFiledOn":null,
              "disputeDueDate":"2027-01-12","silenceDisputeDueDate":null},
             "calendarProvisional":false}""".formatted(ID, OPEN_UNTIL);

    /** {@code TrackingView} of a request rejected, no objection yet. */
    private static final String REJECTED = """
            {"id":"%s","registrationNumber":"PPID/2026/000123","status":"REJECTED","receivedOn":"2026-12-01",
             "dueDate":"2026-12-15","overdue":false,"extendedOn":null,"outcome":"REJECTED",
             "exemptionGrounds":["PASAL_17_H"],"decidedOn":"2026-12-10","deliveredOn":null,
             "objectionDueDate":"%2$s","objection":null,
             "calendarProvisional":false}""".formatted(ID, OPEN_UNTIL);

    /** {@code TrackingView} once the objection is filed. */
    private static final String OBJECTED = """
            {"id":"%s","registrationNumber":"PPID/2026/000123","status":"REJECTED","receivedOn":"2026-12-01",
             "dueDate":"2026-12-15","overdue":false,"extendedOn":null,"outcome":"REJECTED",
             "exemptionGrounds":["PASAL_17_H"],"decidedOn":"2026-12-10","deliveredOn":null,
             "objectionDueDate":"%2$s",
             "objection":{"registrationNumber":"KEBERATAN/2026/000008","status":"FILED","outcome":null,
              "filedOn":"2026-12-14","dueDate":"2027-01-27","decidedOn":null,"disputeFiledOn":null,
              "disputeDueDate":null,"silenceDisputeDueDate":"2027-02-16"},
             "calendarProvisional":false}""".formatted(ID, OPEN_UNTIL);

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void theFormHasEveryFieldOfTheApiNamedAsTheApiNamesIt() {
        String html = given().when().get("/layanan/ppid/permohonan").then().statusCode(200).extract().asString();
        for (String field : PpidPages.REQUEST_FIELDS) {
            assertThat(html).contains("name=\"" + field + "\"");
        }
        assertThat(html).contains("<html lang=\"id\">", "value=\"PERSON\"", "value=\"ORGANIZATION\"",
                "value=\"VIEW\"", "value=\"COPY\"", "value=\"SOFTCOPY\"", "value=\"EMAIL\"", "name=\"_key\"",
                "<label for=\"f-applicant.nik\">", "inputmode=\"numeric\"", "<script src=\"/static/ppid.js\" defer>",
                "data-nik-short=\"NIK terdiri atas 16 angka; baru {n} angka yang terisi.\"", "Kirim permohonan")
                .doesNotContain("class=\"summary\"", "<script>");
    }

    @Test
    void theStandardPageOfThePpidLinksToItsForms() {
        String html = given().when().get("/layanan/ppid").then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/layanan/ppid/permohonan\"", "href=\"/layanan/ppid/lacak\"",
                "href=\"/layanan/ppid/pengecualian\"");
    }

    @Test
    void aRefusalInIndonesianShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() {
        GatewayStandIn.on("POST", "/api/ppid/requests", 400, REFUSED_ID);
        String html = given().contentType(ContentType.URLENC).formParams(Map.of("applicant.type", "PERSON",
                "applicant.name", "Sri <Wahyuni>", "applicant.nik", "3577-12", "applicant.legalEntityNumber",
                "AHU-1", "applicant.email", "sri@example.id", "informationRequested", "Salinan DPA & RKA 2026",
                "purpose", "Skripsi", "obtainMethod", "COPY", "deliveryMethod", "EMAIL", "_key", "k-ppid-1"))
                .when().post("/layanan/ppid/permohonan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-applicant.address\">tidak boleh kosong</p>",
                "<p class=\"error\" id=\"e-applicant.nik\">harus NIK 16 digit yang sah</p>",
                "aria-describedby=\"h-applicant.nik e-applicant.nik\"",
                "<p class=\"error\" id=\"e-copyFormat\">pilih bentuk salinan",
                "<a href=\"#f-applicant.address\">Alamat: tidak boleh kosong</a>",
                "value=\"Sri &lt;Wahyuni&gt;\"", "value=\"3577-12\"", "value=\"AHU-1\"", "value=\"sri@example.id\"",
                "Salinan DPA &amp; RKA 2026</textarea>", "value=\"PERSON\" checked", "value=\"COPY\" checked",
                "value=\"EMAIL\" checked", "value=\"k-ppid-1\"", "Ada isian yang perlu diperbaiki",
                "<details class=\"part\">");

        GatewayStandIn.Received sent = posts().get(0);
        assertThat(sent.language()).isEqualTo("id");
        assertThat(sent.idempotencyKey()).isEqualTo("k-ppid-1");
        assertThat(sent.authorization()).isNull();
        // a person sends the NIK, never the organisation's number typed before switching; no representative
        assertThat(sent.body()).isEqualTo("{\"applicant\":{\"type\":\"PERSON\",\"name\":\"Sri <Wahyuni>\","
                + "\"nik\":\"3577-12\",\"email\":\"sri@example.id\"},\"informationRequested\":"
                + "\"Salinan DPA & RKA 2026\",\"purpose\":\"Skripsi\",\"obtainMethod\":\"COPY\","
                + "\"deliveryMethod\":\"EMAIL\"}");
    }

    @Test
    void aRefusalInEnglishIsShownInEnglishNextToItsFields() {
        GatewayStandIn.on("POST", "/api/ppid/requests", 400, REFUSED_EN);
        String html = given().cookie("lang", "en").contentType(ContentType.URLENC)
                .formParams(Map.of("applicant.type", "ORGANIZATION", "applicant.name", "Yayasan Cahaya",
                        "applicant.nik", "3577014101900001", "obtainMethod", "VIEW", "copyFormat", "HARDCOPY",
                        "representative.name", "Budi"))
                .when().post("/layanan/ppid/permohonan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<html lang=\"en\">",
                "<p class=\"error\" id=\"e-applicant.legalEntityNumber\">an organisation must give its legal-entity",
                "<p class=\"error\" id=\"e-applicant.phone\">give a phone number or an e-mail address</p>",
                "Some answers need correcting", "value=\"ORGANIZATION\" checked", "value=\"HARDCOPY\" checked",
                "value=\"3577014101900001\"", "<details class=\"part\" open>");
        GatewayStandIn.Received sent = posts().get(0);
        assertThat(sent.language()).isEqualTo("en");
        // an organisation sends no NIK; only viewing sends no copy format
        assertThat(sent.body()).isEqualTo("{\"applicant\":{\"type\":\"ORGANIZATION\",\"name\":\"Yayasan Cahaya\"},"
                + "\"representative\":{\"name\":\"Budi\"},\"obtainMethod\":\"VIEW\"}");
    }

    @Test
    void aRepresentativeIsSentNestedOnlyWhenOneIsNamed() {
        GatewayStandIn.on("POST", "/api/ppid/requests", 201, CREATED);
        given().redirects().follow(false).contentType(ContentType.URLENC).formParams(Map.ofEntries(
                Map.entry("applicant.type", "PERSON"), Map.entry("applicant.name", "Sri Wahyuni"),
                Map.entry("applicant.nik", "3577014101900001"), Map.entry("applicant.address", "Jl. Pahlawan 37"),
                Map.entry("applicant.occupation", "Mahasiswa"), Map.entry("applicant.phone", "081234567890"),
                Map.entry("representative.name", "Budi Santoso"), Map.entry("representative.nik", "3577010505850002"),
                Map.entry("representative.powerOfAttorney", "Surat kuasa 10 Maret 2026"),
                Map.entry("informationRequested", "Salinan DPA 2026"), Map.entry("purpose", "Skripsi"),
                Map.entry("obtainMethod", "COPY"), Map.entry("copyFormat", "SOFTCOPY"),
                Map.entry("deliveryMethod", "EMAIL")))
                .when().post("/layanan/ppid/permohonan").then().statusCode(303)
                .header("Location", Matchers.endsWith("/layanan/ppid/lacak?kode=" + CODE + "&baru=1"));
        assertThat(posts().get(0).body()).isEqualTo("{\"applicant\":{\"type\":\"PERSON\",\"name\":\"Sri Wahyuni\","
                + "\"nik\":\"3577014101900001\",\"address\":\"Jl. Pahlawan 37\",\"occupation\":\"Mahasiswa\","
                + "\"phone\":\"081234567890\"},\"representative\":{\"name\":\"Budi Santoso\","
                + "\"nik\":\"3577010505850002\",\"powerOfAttorney\":\"Surat kuasa 10 Maret 2026\"},"
                + "\"informationRequested\":\"Salinan DPA 2026\",\"purpose\":\"Skripsi\",\"obtainMethod\":\"COPY\","
                + "\"copyFormat\":\"SOFTCOPY\",\"deliveryMethod\":\"EMAIL\"}");
    }

    @Test
    void aRequestReceivedShowsItsNumberCodeAndDueDateInThePagesLanguage() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, REGISTERED);
        String html = given().queryParam("kode", CODE).queryParam("baru", "1").when().get("/layanan/ppid/lacak")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<dd class=\"code\" id=\"nomor-pendaftaran\">PPID/2026/000123</dd>",
                "<dd class=\"code\" id=\"kode-lacak\">K7QX2-MB9TD</dd>",
                "<dd class=\"code\" id=\"tenggat\">15 Desember 2026</dd>", "Terdaftar, menunggu diproses",
                "<li data-step=\"received\"><span class=\"when\">1 Desember 2026</span>",
                "data-step=\"waiting\"", "id=\"keberatan-nanti\"",
                "<a href=\"/layanan/ppid/lacak?kode=K7QX2-MB9TD&amp;lang=en\"")
                .doesNotContain("id=\"form-keberatan\"");
        String english = given().queryParam("kode", CODE).queryParam("baru", "1").queryParam("lang", "en")
                .when().get("/layanan/ppid/lacak").then().statusCode(200).extract().asString();
        assertThat(english).contains("<dd class=\"code\" id=\"tenggat\">15 December 2026</dd>",
                "Registered, waiting to be handled");
        assertThat(GatewayStandIn.received()).allSatisfy(r -> assertThat(r.authorization()).isNull());
    }

    @Test
    void theTimelineShowsEveryStepTheDecisionAndTheDisputeWindow() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, DECIDED);
        String html = given().queryParam("kode", " " + CODE + " ").when().get("/layanan/ppid/lacak").then()
                .statusCode(200).extract().asString();
        assertThat(html).containsSubsequence("data-step=\"received\"", "data-step=\"extended\"",
                "data-step=\"decided\"", "data-step=\"delivered\"", "data-step=\"objectionFiled\"",
                "data-step=\"objectionDecided\"");
        assertThat(html).contains("8 Desember 2026</span>Jangka waktu diperpanjang 7 hari kerja; tanggapan paling "
                        + "lambat 24 Desember 2026",
                "PPID memberi keputusan: Permohonan dikabulkan sebagian",
                "Keberatan diajukan (nomor KEBERATAN/2026/000007)",
                "Atasan PPID menanggapi keberatan: keputusan PPID dikuatkan",
                "Pasal 17 huruf a: Informasi yang bila dibuka dapat menghambat",
                "Pasal 17 huruf h: Rahasia pribadi seseorang",
                "<strong id=\"batas-sengketa\">12 Januari 2027</strong>", "data-status=\"DELIVERED\"",
                "id=\"form-keberatan\"")
                .doesNotContain("data-step=\"waiting\"");
    }

    @Test
    void theHolderOfTheCodeDownloadsTheLettersWrittenSoFar() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, REJECTED);
        String html = given().queryParam("kode", CODE).when().get("/layanan/ppid/lacak").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("href=\"/layanan/ppid/lacak/surat/receipt?kode=" + CODE + "\"",
                "href=\"/layanan/ppid/lacak/surat/decision?kode=" + CODE + "\"", "Surat dari PPID")
                .doesNotContain("/surat/extension");

        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID + "/letters/decision", 200, "%PDF-1.7 surat",
                Map.of("Content-Type", "application/pdf", "Content-Disposition",
                        "attachment; filename=\"pemberitahuan-tertulis.pdf\""));
        var pdf = given().queryParam("kode", CODE).when().get("/layanan/ppid/lacak/surat/decision");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.asString()).isEqualTo("%PDF-1.7 surat");
        GatewayStandIn.Received sent = GatewayStandIn.received().get(GatewayStandIn.received().size() - 1);
        assertThat(sent.path()).isEqualTo("/api/ppid/requests/" + ID + "/letters/decision");
        assertThat(sent.trackingCode()).isEqualTo(CODE);
        assertThat(sent.authorization()).isNull();

        GatewayStandIn.on("GET", "/api/ppid/tracking/NOPE", 404, "{\"title\":\"Tidak ditemukan\",\"status\":404}");
        given().queryParam("kode", "NOPE").when().get("/layanan/ppid/lacak/surat/decision").then().statusCode(404);
        given().queryParam("kode", CODE).when().get("/layanan/ppid/lacak/surat/anything").then().statusCode(404);
    }

    @Test
    void anObjectionIsFiledWithTheTrackingCodeAndShowsItsNumberAndDueDate() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, REJECTED);
        String form = given().queryParam("kode", CODE).when().get("/layanan/ppid/lacak").then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("id=\"form-keberatan\"", "action=\"/layanan/ppid/lacak/keberatan\"",
                "<strong id=\"batas-keberatan\">" + Views.day(OPEN_UNTIL, "id") + "</strong>",
                "<input type=\"checkbox\" id=\"f-grounds-REJECTED_UNDER_PASAL_17\" name=\"grounds\"",
                "id=\"f-grounds-LATE_ANSWER\"", "name=\"reason\"", "<input type=\"hidden\" name=\"kode\" value=\""
                        + CODE + "\">");

        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/objections", 201, """
                {"id":"5d1e0c44-2b8f-4c7e-9d3a-8e6f1b2c3d4e","registrationNumber":"KEBERATAN/2026/000008",
                 "requestId":"%s","status":"FILED","grounds":["REJECTED_UNDER_PASAL_17"],"reason":"Bukan data pribadi",
                 "filedOn":"2026-12-14","filedVia":"TRACKING_CODE","dueDate":"2027-01-27","calendarVersion":"2026-1",
                 "outcome":null,"decisionReason":null,"decidedOn":null,"disputeDueDate":null,
                 "commissionCaseNumber":null,"disputeFiledOn":null,"silenceDisputeDueDate":"2027-02-16",
                 "disputeOnSilence":false,"disputeOutcome":null,"disputeOutcomeOn":null,"decidedBy":null}"""
                .formatted(ID), Map.of("Location", "/api/ppid/objections/5d1e0c44-2b8f-4c7e-9d3a-8e6f1b2c3d4e"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("kode", CODE).formParam("grounds", "REJECTED_UNDER_PASAL_17", "UNREASONABLE_COST")
                .formParam("reason", "Bukan data pribadi").formParam("_key", "k-obj-1")
                .when().post("/layanan/ppid/lacak/keberatan").then().statusCode(303)
                .header("Location", Matchers.endsWith("/layanan/ppid/lacak?kode=" + CODE + "&keberatan=1"));
        GatewayStandIn.Received sent = posts().get(0);
        assertThat(sent.path()).isEqualTo("/api/ppid/requests/" + ID + "/objections");
        assertThat(sent.trackingCode()).isEqualTo(CODE);
        assertThat(sent.idempotencyKey()).isEqualTo("k-obj-1");
        assertThat(sent.body()).isEqualTo("{\"grounds\":[\"REJECTED_UNDER_PASAL_17\",\"UNREASONABLE_COST\"],"
                + "\"reason\":\"Bukan data pribadi\"}");

        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, OBJECTED);
        String html = given().queryParam("kode", CODE).queryParam("keberatan", "1").when()
                .get("/layanan/ppid/lacak").then().statusCode(200).extract().asString();
        assertThat(html).contains("<dd class=\"code\" id=\"nomor-keberatan\">KEBERATAN/2026/000008</dd>",
                "<dd class=\"code\" id=\"tenggat-keberatan\">27 Januari 2027</dd>",
                "Bila atasan PPID tidak menanggapi sampai 27 Januari 2027",
                "<strong id=\"batas-sengketa\">16 Februari 2027</strong>", "data-status=\"FILED\"")
                .doesNotContain("id=\"form-keberatan\"");
    }

    @Test
    void anObjectionRefusedShowsItsMessagesNextToItsFieldsAndKeepsTheTicks() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, REJECTED);
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/objections", 400, """
                {"type":"https://madiunkota.go.id/problems/validation","title":"Invalid input","status":400,
                 "detail":"Some fields are invalid.","errors":[{"field":"grounds","message":"must not be empty"},
                 {"field":"reason","message":"must not be blank"}]}""");
        String html = given().cookie("lang", "en").contentType(ContentType.URLENC).formParam("kode", CODE)
                .formParam("grounds", "LATE_ANSWER").formParam("grounds", "NOT_A_GROUND")
                .when().post("/layanan/ppid/lacak/keberatan").then().statusCode(400).extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-grounds\">must not be empty</p>",
                "<p class=\"error\" id=\"e-reason\">must not be blank</p>",
                "id=\"f-grounds-LATE_ANSWER\" name=\"grounds\" value=\"LATE_ANSWER\" checked",
                "<a href=\"#f-grounds\">Grounds for the objection: must not be empty</a>", "File an objection");
        assertThat(posts().get(0).language()).isEqualTo("en");
        assertThat(posts().get(0).body()).isEqualTo("{\"grounds\":[\"LATE_ANSWER\"]}");

        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/objections", 422, """
                {"type":"https://madiunkota.go.id/problems/objection.ground-no-cost","title":"Ground does not apply",
                 "status":422,"detail":"The ground \\"unreasonable cost\\" applies only when a cost was charged."}""");
        String refused = given().contentType(ContentType.URLENC).formParam("kode", CODE)
                .formParam("grounds", "UNREASONABLE_COST").formParam("reason", "Mahal")
                .when().post("/layanan/ppid/lacak/keberatan").then().statusCode(400).extract().asString();
        assertThat(refused).contains("<p class=\"error\" id=\"e-grounds\">The ground &quot;unreasonable cost&quot;",
                "Mahal</textarea>", "value=\"UNREASONABLE_COST\" checked");

        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/objections", 409, """
                {"type":"https://madiunkota.go.id/problems/objection.already-open","title":"Konflik","status":409,
                 "detail":"Sudah ada keberatan atas permohonan PPID/2026/000123 yang sedang diproses atasan PPID."}""");
        String open = given().contentType(ContentType.URLENC).formParam("kode", CODE)
                .formParam("grounds", "ANSWERED_NOT_AS_REQUESTED").formParam("reason", "Tidak sesuai")
                .when().post("/layanan/ppid/lacak/keberatan").then().statusCode(400).extract().asString();
        assertThat(open).contains("<li>Sudah ada keberatan atas permohonan PPID/2026/000123")
                .doesNotContain("id=\"e-grounds\"");
    }

    @Test
    void afterItsLastDayNoObjectionIsOffered() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/" + CODE, 200, REJECTED.replace(OPEN_UNTIL, "2020-02-03"));
        String html = given().queryParam("kode", CODE).queryParam("lang", "en").when().get("/layanan/ppid/lacak")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<p class=\"note\" id=\"keberatan-lewat\">The time to file an objection has passed",
                "(3 February 2020)").doesNotContain("id=\"form-keberatan\"");
    }

    @Test
    void anUnknownCodeIsSaidNextToTheCodeField() {
        GatewayStandIn.on("GET", "/api/ppid/tracking/NOPE", 404, "{\"title\":\"Tidak ditemukan\",\"status\":404}");
        String html = given().queryParam("kode", "NOPE").when().get("/layanan/ppid/lacak").then().statusCode(404)
                .extract().asString();
        assertThat(html).contains("<p class=\"error\" id=\"e-kode\">Tidak ada permohonan dengan kode ini",
                "value=\"NOPE\"", "aria-invalid=\"true\"", "aria-describedby=\"h-kode e-kode\"");
        String empty = given().when().get("/layanan/ppid/lacak").then().statusCode(200).extract().asString();
        assertThat(empty).contains("id=\"f-kode\"").doesNotContain("class=\"error\"");
    }

    @Test
    void theExemptionGroundsAreShownInPlainWordsWithTheLawsOwn() {
        GatewayStandIn.on("GET", "/api/ppid/exemption-grounds", 200, """
                {"items":[{"code":"PASAL_17_H","article":"Pasal 17 huruf h",
                  "text":"Informasi yang apabila dibuka dapat mengungkap rahasia pribadi."},
                 {"code":"PASAL_6_3","article":"Pasal 6 ayat (3)",
                  "text":"Informasi yang belum dikuasai atau didokumentasikan oleh Badan Publik."}],
                 "page":0,"size":20,"total":2}""");
        String html = given().queryParam("lang", "en").when().get("/layanan/ppid/pengecualian").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<h2 class=\"ground\">Article 17(h)</h2>", "A person&#39;s private matters",
                "<p lang=\"id\">Informasi yang apabila dibuka dapat mengungkap rahasia pribadi.</p>",
                "<h2 class=\"ground\">Article 6(3)</h2>");
    }

    @Test
    void aGatewayThatIsDownGivesTheFriendlyPage() {
        GatewayStandIn.mode(GatewayStandIn.Mode.BROKEN);
        given().contentType(ContentType.URLENC).formParams(Map.of("purpose", "x")).when()
                .post("/layanan/ppid/permohonan").then().statusCode(503);
        given().queryParam("kode", CODE).when().get("/layanan/ppid/lacak").then().statusCode(503);
    }

    private static java.util.List<GatewayStandIn.Received> posts() {
        return GatewayStandIn.received().stream().filter(r -> r.method().equals("POST")).toList();
    }
}
