package id.go.madiunkota.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PPID's annual report as the public reads it, against the stand-in gateway. */
@QuarkusTest
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = true)
class PpidReportPageTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    /** Shaped as ppid-service's AnnualReport. */
    private static final String REPORT = """
            {"year":2025,"requests":{"total":12,"extended":1},
             "channels":{"ONLINE":7,"WALK_IN":5,"PHONE":0,"EMAIL":0,"LETTER":0},
             "outcomes":{"GRANTED":8,"PARTIALLY_GRANTED":1,"REJECTED":1,"NOT_HELD":0,"WITHDRAWN":0,"INVALID":0,
                         "OPEN":2},
             "rejectionGrounds":[{"code":"PASAL_17_H","article":"Pasal 17 huruf h",
                                  "text":"Informasi yang apabila dibuka dapat mengungkap rahasia pribadi.","count":2}],
             "timing":{"decided":10,"averageWorkingDaysToDecision":4.5,"maximumWorkingDaysToDecision":11,
                       "decidedOnTimeShare":0.9},
             "objections":{"total":3,"upheld":1,"overturned":1,"undecided":1,"disputes":1,
                           "disputeOutcomes":{"MEDIATION_AGREEMENT":1,"ADJUDICATION_DECISION":0,"PENDING":0}}}""";

    @AfterEach
    void standInAnswersAgain() {
        GatewayStandIn.reset();
    }

    @Test
    void aPastYearsFiguresInWordsOfThePage() {
        GatewayStandIn.on("GET", "/api/ppid/reports/annual/public?year=2025", 200, REPORT);
        String html = given().queryParam("tahun", "2025").when().get("/layanan/ppid/laporan").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Laporan layanan informasi publik 2025", "<dd id=\"jumlah\">12</dd>",
                "<th scope=\"row\">Daring (situs web)</th><td>7</td>",
                "<th scope=\"row\">Belum diputuskan</th><td>2</td>",
                "Pasal 17 huruf h: ", "4,5 hari kerja", "11 hari kerja", "90%",
                "<dt>Sengketa ke Komisi Informasi</dt><dd>1</dd>", "href=\"/layanan/ppid/laporan?tahun=" + THIS_YEAR)
                .doesNotContain("Tahun ini masih berjalan");
        GatewayStandIn.Received asked = GatewayStandIn.received().get(0);
        assertThat(asked.authorization()).as("the public report is asked for without a token").isNull();

        String english = given().queryParam("tahun", "2025").queryParam("lang", "en").when()
                .get("/layanan/ppid/laporan").then().statusCode(200).extract().asString();
        assertThat(english).contains("Public information services report 2025", "4.5 working days",
                "Online (website)");
    }

    @Test
    void theYearInProgressByDefaultAndNoYearOutsideTheRegister() {
        GatewayStandIn.on("GET", "/api/ppid/reports/annual/public?year=" + THIS_YEAR, 200,
                REPORT.replace("\"year\":2025", "\"year\":" + THIS_YEAR));
        String html = given().when().get("/layanan/ppid/laporan").then().statusCode(200).extract().asString();
        assertThat(html).contains("Tahun ini masih berjalan", "aria-current=\"page\">" + THIS_YEAR + "</a>");
        given().queryParam("tahun", THIS_YEAR + 1).when().get("/layanan/ppid/laporan").then().statusCode(404);
        given().queryParam("tahun", "dua ribu").when().get("/layanan/ppid/laporan").then().statusCode(404);
    }
}
