package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The back office against the stand-in gateway: who may see which screen (a citizen none, the auditor and the
 * superior the PPID's queue without its moves), what the officer's screens show of the API's answers, and what each
 * move sends to the gateway with the officer's token.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakStandIn.class, restrictToAnnotatedClass = true)
class OfficePagesTest {

    static final String ID = AccountPagesTest.ID;
    static final String QUEUE = "/api/ppid/requests?page=0&size=20";
    static final String GROUNDS = """
            {"items":[{"code":"PASAL_17_G","article":"Pasal 17 huruf g","text":"Isi akta otentik yang pribadi"},
             {"code":"PASAL_17_H","article":"Pasal 17 huruf h",
             "text":"Informasi yang apabila dibuka dapat mengungkap rahasia pribadi"}],"page":0,"size":50,"total":2}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        String location = URLDecoder.decode(given().redirects().follow(false).when().get("/kantor/ppid").then()
                .statusCode(302).extract().header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("/realms/madiun/protocol/openid-connect/auth?", "client_id=madiun-portal");
        assertThat(GatewayStandIn.received()).isEmpty();
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    @OidcSecurity
    void aCitizenSeesNoScreenOfTheOffice() {
        for (String path : new String[] {"/kantor", "/kantor/ppid", "/kantor/ppid/permohonan/" + ID}) {
            assertThat(given().when().get(path).then().statusCode(403).extract().asString())
                    .as(path).contains("Halaman ini untuk petugas").doesNotContain("id=\"kantor\"");
        }
        given().contentType(ContentType.URLENC).formParam("reason", "x").when()
                .post("/kantor/ppid/permohonan/" + ID + "/invalidation").then().statusCode(403);
        assertThat(GatewayStandIn.received()).isEmpty();
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity(claims = @Claim(key = "name", value = "Sari Wulandari"))
    void theOfficerFindsTheQueueFromTheOfficesHomeAndNoOtherRolesWork() {
        String html = given().when().get("/kantor").then().statusCode(200).extract().asString();
        assertThat(html).contains("Sari Wulandari", "id=\"peran-ppid-officer\"",
                "<a href=\"/kantor/ppid\">Petugas PPID</a>", "<a href=\"/kantor\" id=\"kantor\">Kantor</a>")
                .doesNotContain("peran-verifier", "peran-admin", "peran-auditor");
        assertThat(given().when().get("/").then().statusCode(200).extract().asString()).contains("id=\"kantor\"");
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void theQueueShowsTheMarksOfEachRequestAndKeepsItsFiltersFromPageToPage() {
        GatewayStandIn.on("GET", QUEUE, 200, page(45, row(ID, "PPID/2026/000123", "IN_PROGRESS", true, false, true),
                row(AccountPagesTest.OTHER, "PPID/2026/000124", "REGISTERED", false, true, false)));
        String html = given().when().get("/kantor/ppid").then().statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/kantor/ppid/permohonan/" + ID + "\">PPID/2026/000123</a>",
                "Budi Santoso", "Sedang diproses", "Daring (situs web)", "14 Desember 2026", "(sudah lewat)",
                "segera jatuh tempo", "kalender sementara", "Jumlah permohonan: 45", "Halaman 1 dari 3",
                "href=\"/kantor/ppid?halaman=2\"");
        GatewayStandIn.Received sent = GatewayStandIn.received().get(0);
        assertThat(sent.authorization()).startsWith("Bearer ey");

        GatewayStandIn.on("GET", "/api/ppid/requests?overdue=true&page=1&q=Budi+Santoso&size=20&status=IN_PROGRESS",
                200, page(21, 1, row(ID, "PPID/2026/000123", "IN_PROGRESS", true, false, false)));
        String filtered = given().queryParam("status", "IN_PROGRESS").queryParam("terlambat", "1")
                .queryParam("cari", "Budi Santoso").queryParam("halaman", "2").when().get("/kantor/ppid").then()
                .statusCode(200).extract().asString();
        assertThat(filtered).contains("Halaman 2 dari 2",
                "href=\"/kantor/ppid?status=IN_PROGRESS&amp;terlambat=1&amp;cari=Budi%20Santoso&amp;halaman=1\"",
                "<option value=\"IN_PROGRESS\" selected>", "id=\"f-terlambat\" name=\"terlambat\" value=\"1\" checked");
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void aNewRequestOffersTheMovesItsStatusAllowsWithTheGroundsFromTheCatalogue() {
        GatewayStandIn.on("GET", "/api/ppid/exemption-grounds", 200, GROUNDS);
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, AccountPagesTest.request(ID, "PPID/2026/000123",
                "REGISTERED", "2026-12-14", false, null));
        String html = given().when().get("/kantor/ppid/permohonan/" + ID).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("PPID/2026/000123", "data-status=\"REGISTERED\"", "3577********0001",
                "budi@example.id", "Permohonan diterima (Daring (situs web))", "id=\"form-processing\"",
                "id=\"form-decision\"", "id=\"form-extension\"", "id=\"form-invalidation\"",
                "name=\"exemptionGrounds\" value=\"PASAL_17_H\"", "Pasal 17 huruf h")
                .doesNotContain("id=\"form-delivery\"", "id=\"form-closure\"", "id=\"selesai\"");
        assertThat(given().queryParam("selesai", "processing").when().get("/kantor/ppid/permohonan/" + ID).then()
                .statusCode(200).extract().asString()).contains("id=\"selesai\"", "Permohonan sedang diproses.");
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity
    void theAuditorReadsTheRequestWithoutItsMovesAndCannotSendOne() {
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, AccountPagesTest.request(ID, "PPID/2026/000123",
                "REJECTED", "2026-12-14", false, AccountPagesTest.DECISION));
        String html = given().when().get("/kantor/ppid/permohonan/" + ID).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("Ditolak", "Membuka data pribadi lebih merugikan.", "Diputuskan: Ditolak",
                "(petugas.ppid)").doesNotContain("<form method=\"post\" action=\"/kantor");
        given().contentType(ContentType.URLENC).when().post("/kantor/ppid/permohonan/" + ID + "/closure").then()
                .statusCode(403);
        assertThat(GatewayStandIn.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void aDecisionSendsTheOutcomeTheGroundsAndTheTestAndComesBackDone() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/decision", 200, AccountPagesTest.request(ID,
                "PPID/2026/000123", "REJECTED", "2026-12-14", false, AccountPagesTest.DECISION));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("outcome", "REJECTED")
                .formParam("exemptionGrounds", "PASAL_17_H").formParam("exemptionGrounds", "PASAL_17_G")
                .formParam("consequenceTest", "Membuka data pribadi lebih merugikan.").formParam("note", "")
                .formParam("_key", "k-1").when().post("/kantor/ppid/permohonan/" + ID + "/decision").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/kantor/ppid/permohonan/" + ID
                        + "?selesai=decision"));
        GatewayStandIn.Received sent = GatewayStandIn.received().get(0);
        assertThat(sent.path()).isEqualTo("/api/ppid/requests/" + ID + "/decision");
        assertThat(sent.idempotencyKey()).isEqualTo("k-1");
        assertThat(sent.body()).contains("\"outcome\":\"REJECTED\"",
                "\"exemptionGrounds\":[\"PASAL_17_H\",\"PASAL_17_G\"]", "\"holderUnknown\":false",
                "\"consequenceTest\":\"Membuka data pribadi lebih merugikan.\"").doesNotContain("\"note\"");
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void aRefusedDecisionComesBackNextToItsFieldWithWhatWasTicked() {
        GatewayStandIn.on("GET", "/api/ppid/exemption-grounds", 200, GROUNDS);
        GatewayStandIn.on("GET", "/api/ppid/requests/" + ID, 200, AccountPagesTest.request(ID, "PPID/2026/000123",
                "IN_PROGRESS", "2026-12-14", false, null));
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/decision", 422, """
                {"title":"Aturan dilanggar","status":422,"errors":[{"field":"consequenceTest",
                 "message":"Penolakan wajib disertai uji konsekuensi."}]}""");
        String html = given().contentType(ContentType.URLENC).formParam("outcome", "REJECTED")
                .formParam("exemptionGrounds", "PASAL_17_H").when()
                .post("/kantor/ppid/permohonan/" + ID + "/decision").then().statusCode(422).extract().asString();
        assertThat(html).contains("id=\"e-consequenceTest\"", "Penolakan wajib disertai uji konsekuensi.",
                "value=\"PASAL_17_H\" checked",
                "id=\"f-outcome-REJECTED\" name=\"outcome\" value=\"REJECTED\" checked");
    }

    @Test
    @TestSecurity(user = "petugas.ppid", roles = "ppid-officer")
    @OidcSecurity
    void aDeliveryIsSentInTheOfficesTimeZone() {
        GatewayStandIn.on("POST", "/api/ppid/requests/" + ID + "/delivery", 200, AccountPagesTest.request(ID,
                "PPID/2026/000123", "DELIVERED", "2026-12-14", false, AccountPagesTest.DECISION));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("deliveredAt", "2026-11-30T10:15").formParam("method", "EMAIL").when()
                .post("/kantor/ppid/permohonan/" + ID + "/delivery").then().statusCode(303);
        assertThat(GatewayStandIn.received().get(0).body()).contains("\"deliveredAt\":\"2026-11-30T10:15+07:00\"",
                "\"method\":\"EMAIL\"");
    }

    static String page(long total, String... items) {
        return page(total, 0, items);
    }

    static String page(long total, int page, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":20,\"total\":" + total
                + "}";
    }

    static String row(String id, String number, String status, boolean overdue, boolean dueSoon,
            boolean provisional) {
        return AccountPagesTest.request(id, number, status, "2026-12-14", overdue, null)
                .replace("\"dueSoon\":false", "\"dueSoon\":" + dueSoon)
                .replace("\"calendarProvisional\":false", "\"calendarProvisional\":" + provisional);
    }
}
