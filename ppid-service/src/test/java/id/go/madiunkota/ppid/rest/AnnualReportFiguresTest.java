package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 2026 annual report moves by exactly what a known set of requests and objections adds, each made through the
 * API: every channel, outcome and cited ground, the extended and decided counts, the objections by outcome and the
 * disputes from pending to decided. Other tests' 2026 requests are there too, so the test reads the figures before and
 * after and checks the difference; and the CSV says what the JSON says.
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior", "auditor"})
class AnnualReportFiguresTest {

    @jakarta.inject.Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theYearsFiguresMoveByWhatTheRequestsAndObjectionsAdd() {
        clock.set(OffsetDateTime.parse("2026-08-03T09:00:00+07:00"));
        JsonPath before = report();

        String granted = submitted("WALK_IN");
        String rejected = submitted("LETTER");
        String partly = submitted("PHONE");
        String extended = submitted("EMAIL");
        String withdrawn = submitted("WALK_IN");
        String invalid = submitted("WALK_IN");
        post("/requests/" + granted + "/decision", Map.of("outcome", "GRANTED"));
        post("/requests/" + granted + "/delivery", Map.of("deliveredAt", "2026-08-03T09:00:00+07:00", "method",
                "PICKUP"));
        post("/requests/" + granted + "/closure", null);
        post("/requests/" + rejected + "/decision", Map.of("outcome", "REJECTED", "exemptionGrounds",
                List.of("PASAL_17_H", "PASAL_17_C"), "consequenceTest", "Uji konsekuensi."));
        post("/requests/" + partly + "/decision", Map.of("outcome", "PARTIALLY_GRANTED", "exemptionGrounds",
                List.of("PASAL_17_H"), "consequenceTest", "Uji konsekuensi.", "withheldParts", "Lampiran"));
        post("/requests/" + extended + "/extension", Map.of("reason", "Dihimpun dari tiga bidang"));
        post("/requests/" + withdrawn + "/withdrawal", Map.of("reason", "Tidak jadi"));
        post("/requests/" + invalid + "/invalidation", Map.of("reason", "Bukan permohonan informasi"));

        String overturned = objection(rejected);
        objection(partly); // stays with the superior
        post("/objections/" + overturned + "/decision", Map.of("outcome", "OVERTURNED", "reason", "Wajib dibuka."));
        post("/objections/" + overturned + "/dispute", Map.of("commissionCaseNumber", "077/VIII/KI-JATIM-PS/2026",
                "filedOn", "2026-08-03"));

        JsonPath after = report();
        assertThat(delta(before, after, "requests.total")).isEqualTo(6);
        assertThat(delta(before, after, "requests.extended")).isEqualTo(1);
        assertThat(delta(before, after, "channels.WALK_IN")).isEqualTo(3);
        assertThat(delta(before, after, "channels.LETTER")).isEqualTo(1);
        assertThat(delta(before, after, "channels.PHONE")).isEqualTo(1);
        assertThat(delta(before, after, "channels.EMAIL")).isEqualTo(1);
        assertThat(delta(before, after, "channels.ONLINE")).isZero();
        assertThat(delta(before, after, "outcomes.GRANTED")).as("a closed grant still counts as granted").isEqualTo(1);
        assertThat(delta(before, after, "outcomes.REJECTED")).isEqualTo(1);
        assertThat(delta(before, after, "outcomes.PARTIALLY_GRANTED")).isEqualTo(1);
        assertThat(delta(before, after, "outcomes.NOT_HELD")).isZero();
        assertThat(delta(before, after, "outcomes.WITHDRAWN")).isEqualTo(1);
        assertThat(delta(before, after, "outcomes.INVALID")).isEqualTo(1);
        assertThat(delta(before, after, "outcomes.OPEN")).as("the extended one").isEqualTo(1);
        assertThat(ground(after, "PASAL_17_H") - ground(before, "PASAL_17_H")).isEqualTo(2);
        assertThat(ground(after, "PASAL_17_C") - ground(before, "PASAL_17_C")).isEqualTo(1);
        assertThat(ground(after, "PASAL_17_A") - ground(before, "PASAL_17_A")).isZero();
        assertThat(delta(before, after, "timing.decided")).isEqualTo(3);
        assertThat(delta(before, after, "objections.total")).isEqualTo(2);
        assertThat(delta(before, after, "objections.overturned")).isEqualTo(1);
        assertThat(delta(before, after, "objections.upheld")).isZero();
        assertThat(delta(before, after, "objections.undecided")).isEqualTo(1);
        assertThat(delta(before, after, "objections.disputes")).isEqualTo(1);
        assertThat(delta(before, after, "objections.disputeOutcomes.PENDING")).isEqualTo(1);

        post("/objections/" + overturned + "/dispute-outcome", Map.of("outcome", "ADJUDICATION_DECISION",
                "decidedOn", "2026-08-03", "commissionCaseNumber", "077/VIII/KI-JATIM-PS/2026"));
        JsonPath settled = report();
        assertThat(delta(after, settled, "objections.disputeOutcomes.PENDING")).isEqualTo(-1);
        assertThat(delta(after, settled, "objections.disputeOutcomes.ADJUDICATION_DECISION")).isEqualTo(1);
        assertThat(delta(after, settled, "objections.disputes")).isZero();
        assertThat(delta(after, settled, "requests.total")).isZero();
    }

    @Test
    void theCsvSaysWhatTheJsonSays() {
        JsonPath json = report();
        List<String> lines = given().queryParam("year", 2026).header("Accept", "text/csv")
                .when().get("/api/ppid/reports/annual").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).contains("requests,total," + json.getLong("requests.total"),
                "requests,extended," + json.getLong("requests.extended"),
                "outcome,OPEN," + json.getLong("outcomes.OPEN"),
                "objections,total," + json.getLong("objections.total"),
                "objections,disputes," + json.getLong("objections.disputes"),
                "disputes,PENDING," + json.getLong("objections.disputeOutcomes.PENDING"));
        for (String channel : List.of("ONLINE", "WALK_IN", "PHONE", "EMAIL", "LETTER")) {
            assertThat(lines).contains("channel," + channel + "," + json.getLong("channels." + channel));
        }
        long channels = List.of("ONLINE", "WALK_IN", "PHONE", "EMAIL", "LETTER").stream()
                .mapToLong(c -> json.getLong("channels." + c)).sum();
        long outcomes = List.of("GRANTED", "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD", "WITHDRAWN", "INVALID",
                "OPEN").stream().mapToLong(o -> json.getLong("outcomes." + o)).sum();
        assertThat(channels).as("every request has one channel").isEqualTo(json.getLong("requests.total"));
        assertThat(outcomes).as("every request has one outcome").isEqualTo(json.getLong("requests.total"));
    }

    private String submitted(String channel) {
        Map<String, Object> body = personRequest();
        body.put("channel", channel);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).extract().path("id");
    }

    private static String objection(String request) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + request + "/objections").then().statusCode(201)
                .extract().path("id");
    }

    private static void post(String path, Map<String, ?> body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.when().post("/api/ppid" + path).then().statusCode(200);
    }

    private static JsonPath report() {
        return given().queryParam("year", 2026).when().get("/api/ppid/reports/annual").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long delta(JsonPath before, JsonPath after, String path) {
        return after.getLong(path) - before.getLong(path);
    }

    private static long ground(JsonPath report, String code) {
        Object count = report.get("rejectionGrounds.find { it.code == '" + code + "' }.count");
        return count == null ? 0 : ((Number) count).longValue();
    }
}
