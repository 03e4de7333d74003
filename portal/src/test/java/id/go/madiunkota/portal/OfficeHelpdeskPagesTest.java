package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk agent's desk against the stand-in gateway: the callback queue with its timers, a consultation recorded
 * from one form (refusals next to their fields), and the moves of one consultation sent with the agent's token.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakStandIn.class, restrictToAnnotatedClass = true)
class OfficeHelpdeskPagesTest {

    static final String ID = "3f2e1d0c-9b8a-4766-8544-332211009988";
    static final String CALLBACK = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    static final String TOPICS = """
            {"items":[{"code":"USER_ID_PASSWORD","label":"User ID dan kata sandi"},
             {"code":"E_CATALOGUE","label":"E-katalog"}],"page":0,"size":50,"total":2}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    @TestSecurity(user = "agen.helpdesk", roles = "helpdesk-agent")
    @OidcSecurity
    void theDeskShowsTheCallbacksWithTheirTimersAndAKeyboardForm() {
        GatewayStandIn.on("GET", "/api/helpdesk/topics?page=0&size=50", 200, TOPICS);
        GatewayStandIn.on("GET", "/api/helpdesk/callbacks?page=0&size=50", 200, """
                {"items":[{"id":"%s","consultationId":"%s","agent":"agen.helpdesk","status":"PENDING",
                 "dueAt":"2026-11-30T03:10:00Z","due":true,"overdue":true,"notifiedAt":null,"completedAt":null,
                 "consultationStatus":"ESCALATED","callerName":"Agus Prasetyo","callerPhone":"081234567890",
                 "topic":"USER_ID_PASSWORD"}],"page":0,"size":50,"total":1}""".formatted(CALLBACK, ID));
        String html = given().when().get("/kantor/helpdesk").then().statusCode(200).extract().asString();
        assertThat(html).contains("Agus Prasetyo", "081234567890", "User ID dan kata sandi", "10.10 WIB",
                "(terlambat)", "action=\"/kantor/helpdesk/panggilan/" + CALLBACK + "\"",
                "id=\"f-caller.name\" name=\"caller.name\"", " autofocus", "value=\"PHONE\" checked",
                "value=\"PROVIDER\" checked", "<option value=\"E_CATALOGUE\">E-katalog</option>");
    }

    @Test
    @TestSecurity(user = "agen.helpdesk", roles = "helpdesk-agent")
    @OidcSecurity
    void aConsultationIsRecordedOrComesBackWithItsRefusal() {
        GatewayStandIn.on("GET", "/api/helpdesk/topics?page=0&size=50", 200, TOPICS);
        GatewayStandIn.on("GET", "/api/helpdesk/callbacks?page=0&size=50", 200,
                "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        GatewayStandIn.on("POST", "/api/helpdesk/consultations", 400, """
                {"title":"Isian tidak valid","status":400,"errors":[{"field":"caller.phone",
                 "message":"Nomor telepon wajib untuk saluran telepon"}]}""");
        String refused = given().contentType(ContentType.URLENC).formParam("channel", "PHONE")
                .formParam("caller.name", "Agus Prasetyo").formParam("caller.role", "PROVIDER")
                .formParam("topic", "E_CATALOGUE").formParam("question", "Produk tidak tampil.").when()
                .post("/kantor/helpdesk/konsultasi").then().statusCode(400).extract().asString();
        assertThat(refused).contains("id=\"e-caller.phone\"", "Nomor telepon wajib untuk saluran telepon",
                "value=\"Agus Prasetyo\"", "<option value=\"E_CATALOGUE\" selected>");

        GatewayStandIn.on("POST", "/api/helpdesk/consultations", 201, "{\"id\":\"" + ID + "\",\"status\":\"OPEN\"}");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("channel", "PHONE")
                .formParam("caller.name", "Agus Prasetyo").formParam("caller.role", "PROVIDER")
                .formParam("caller.phone", "081234567890").formParam("topic", "E_CATALOGUE")
                .formParam("question", "Produk tidak tampil.").when().post("/kantor/helpdesk/konsultasi").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/kantor/helpdesk/konsultasi/"
                        + ID + "?selesai=opened"));
        GatewayStandIn.Received sent = GatewayStandIn.received().get(GatewayStandIn.received().size() - 1);
        assertThat(sent.body()).contains("\"channel\":\"PHONE\"", "\"caller\":{", "\"name\":\"Agus Prasetyo\"",
                "\"phone\":\"081234567890\"", "\"topic\":\"E_CATALOGUE\"");
    }

    @Test
    @TestSecurity(user = "agen.helpdesk", roles = "helpdesk-agent")
    @OidcSecurity
    void anAnsweredConsultationIsRelayedWithTheCallersVerdict() {
        GatewayStandIn.on("GET", "/api/helpdesk/topics?page=0&size=50", 200, TOPICS);
        GatewayStandIn.on("GET", "/api/helpdesk/consultations/" + ID, 200, """
                {"id":"%s","status":"ANSWERED","channel":"PHONE","caller":{"name":"Agus Prasetyo","role":"PROVIDER",
                 "organization":"CV Maju Jaya","phone":"081234567890"},"topic":"USER_ID_PASSWORD",
                 "question":"User ID terkunci.","agent":"agen.helpdesk","openedAt":"2026-11-30T02:00:00Z",
                 "answer":null,"resolvedAt":null,"escalations":[{"number":1,"note":"Mohon reset",
                 "escalatedAt":"2026-11-30T02:05:00Z","escalatedBy":"agen.helpdesk","callbackId":"%s",
                 "answer":"Sudah direset.","lkppReference":"LKPP-HD-2026-004512","answeredAt":"2026-11-30T02:20:00Z",
                 "relayedAt":null,"accepted":null}],"closedAt":null,"timing":{"targetMinutes":30,
                 "elapsedMinutes":24,"lkppWaitSeconds":900,"withinTarget":true}}""".formatted(ID, CALLBACK));
        String html = given().when().get("/kantor/helpdesk/konsultasi/" + ID).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("Dijawab LKPP", "CV Maju Jaya", "User ID dan kata sandi",
                "24 menit dari target 30 menit; 15 menit di antaranya menunggu LKPP", "Sudah direset.",
                "LKPP-HD-2026-004512", "id=\"form-relay\"").doesNotContain("id=\"form-closure\"",
                "id=\"form-escalation\"");

        GatewayStandIn.on("POST", "/api/helpdesk/consultations/" + ID + "/relay", 200, "{\"id\":\"" + ID + "\"}");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("accepted", "false").when()
                .post("/kantor/helpdesk/konsultasi/" + ID + "/relay").then().statusCode(303);
        assertThat(GatewayStandIn.received().get(GatewayStandIn.received().size() - 1).body())
                .isEqualTo("{\"accepted\":false}");
    }

    @Test
    @TestSecurity(user = "verifier", roles = "verifier")
    @OidcSecurity
    void anotherRoleSeesNoDesk() {
        given().when().get("/kantor/helpdesk").then().statusCode(403);
        given().when().get("/kantor/helpdesk/konsultasi/" + ID).then().statusCode(403);
        given().contentType(ContentType.URLENC).formParam("caller.name", "x").when()
                .post("/kantor/helpdesk/konsultasi").then().statusCode(403);
        assertThat(GatewayStandIn.received()).isEmpty();
    }
}
