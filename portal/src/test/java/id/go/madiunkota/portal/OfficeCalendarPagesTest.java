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
 * The administrator's calendar against the stand-in gateway: a year's days and whether it is provisional, an ad-hoc
 * day added (its refusal next to its field), a day removed with its reason, a decree entered as CSV; another role
 * sees none of it.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = KeycloakStandIn.class, restrictToAnnotatedClass = true)
class OfficeCalendarPagesTest {

    static final String YEAR_2027 = """
            {"items":[{"date":"2027-01-01","kind":"NATIONAL_HOLIDAY","name":"Tahun Baru 2027 Masehi",
             "source":"perkiraan","addedBy":"seed","addedAt":"2026-11-01T00:00:00Z"}],"page":0,"size":366,
             "total":1,"yearCalendar":"PROVISIONAL"}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity
    void aProvisionalYearSaysSoAndAnAdHocDayIsAddedOrRefusedNextToItsField() {
        GatewayStandIn.on("GET", "/api/ppid/calendar/non-working-days?size=366&year=2027", 200, YEAR_2027);
        String html = given().queryParam("tahun", "2027").when().get("/kantor/kalender").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Kalender hari kerja 2027", "data-provisional=\"true\"", "1 Januari 2027",
                "Tahun Baru 2027 Masehi", "libur nasional", "value=\"AD_HOC\" checked", "id=\"form-skb\"");

        GatewayStandIn.on("POST", "/api/ppid/calendar/non-working-days", 400, """
                {"title":"Isian tidak valid","status":400,"errors":[{"field":"reason","message":"tidak boleh kosong"}]}
                """);
        String refused = given().contentType(ContentType.URLENC).formParam("tahun", "2027")
                .formParam("date", "2027-03-01").formParam("kind", "AD_HOC").formParam("name", "Libur Pilkada")
                .when().post("/kantor/kalender/hari").then().statusCode(400).extract().asString();
        assertThat(refused).contains("id=\"e-reason\"", "tidak boleh kosong", "value=\"Libur Pilkada\"");
        assertThat(GatewayStandIn.received().get(GatewayStandIn.received().size() - 2).body())
                .contains("\"date\":\"2027-03-01\"", "\"kind\":\"AD_HOC\"").doesNotContain("tahun");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity
    void aDayIsRemovedWithItsReasonAndADecreeEnteredAsCsv() {
        GatewayStandIn.on("DELETE", "/api/ppid/calendar/non-working-days/2027-03-01?reason=Batal", 200, "{}");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("tahun", "2027")
                .formParam("day", "2027-03-01").formParam("why", "Batal").when().post("/kantor/kalender/hapus")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                        "/kantor/kalender?tahun=2027&selesai=removed"));

        String csv = "record,value,name\nyear,2027,\nholiday,2027-01-01,Tahun Baru 2027 Masehi\n";
        GatewayStandIn.on("POST", "/api/ppid/calendar/decrees", 201, "{\"year\":2027}");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("tahun", "2026")
                .formParam("csv", csv).when().post("/kantor/kalender/skb").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/kantor/kalender?tahun=2027&selesai=decree"));
        GatewayStandIn.Received sent = GatewayStandIn.received().get(GatewayStandIn.received().size() - 1);
        assertThat(sent.body()).isEqualTo(csv.strip());
    }

    @Test
    @TestSecurity(user = "ppid-officer", roles = "ppid-officer")
    @OidcSecurity
    void anotherRoleSeesNoCalendarScreen() {
        given().when().get("/kantor/kalender").then().statusCode(403);
        given().contentType(ContentType.URLENC).formParam("csv", "x").when().post("/kantor/kalender/skb").then()
                .statusCode(403);
        assertThat(GatewayStandIn.received()).isEmpty();
    }
}
