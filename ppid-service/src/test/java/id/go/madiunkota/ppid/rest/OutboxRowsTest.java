package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.NIK;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox rows each step writes, read from the table in the test: how many, of which type, about which aggregate,
 * with which payload; the steps that announce nothing write nothing; and no payload ever carries the applicant's NIK,
 * name, address, phone or e-mail, nor the representative's.
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior"})
class OutboxRowsTest {

    private static final String REPRESENTATIVE_NIK = "3577010505850002";

    /** One row of the outbox. */
    record Row(String type, String aggregateType, int version, JsonNode payload, String raw) {
    }

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void monday16March() {
        at("2026-03-16T10:00:00");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSubmissionWritesOneRequestReceivedWithTheDeadline() {
        JsonPath request = submit();
        List<Row> rows = rows(request.getString("id"));
        assertThat(rows).extracting(Row::type).containsExactly("ppid.RequestReceived");
        Row row = rows.get(0);
        assertThat(row.aggregateType()).isEqualTo("InformationRequest");
        assertThat(row.version()).isEqualTo(1);
        assertThat(row.payload().get("requestId").asText()).isEqualTo(request.getString("id"));
        assertThat(row.payload().get("registrationNumber").asText()).isEqualTo(request.getString("registrationNumber"));
        assertThat(row.payload().get("channel").asText()).isEqualTo("WALK_IN");
        assertThat(row.payload().get("applicantType").asText()).isEqualTo("PERSON");
        assertThat(row.payload().get("receivedOn").asText()).isEqualTo("2026-03-16");
        assertThat(row.payload().get("dueDate").asText()).isEqualTo(request.getString("dueDate"));
        assertThat(row.payload().get("calendarVersion").asText()).isEqualTo(request.getString("calendarVersion"));
    }

    @Test
    void takingOnClosingAndInvalidatingAnnounceNothing() {
        String closed = submit().getString("id");
        post("/requests/" + closed + "/processing", null);
        post("/requests/" + closed + "/decision", Map.of("outcome", "GRANTED"));
        post("/requests/" + closed + "/delivery", Map.of("deliveredAt", "2026-03-16T10:00:00+07:00", "method",
                "PICKUP"));
        post("/requests/" + closed + "/closure", null);
        assertThat(rows(closed)).extracting(Row::type).containsExactly("ppid.RequestReceived", "ppid.RequestDecided",
                "ppid.InformationDelivered");

        String invalid = submit().getString("id");
        post("/requests/" + invalid + "/invalidation", Map.of("reason", "Bukan permohonan informasi"));
        assertThat(rows(invalid)).extracting(Row::type).containsExactly("ppid.RequestReceived");
    }

    @Test
    void anExtensionNamesTheOldAndTheNewDueDate() {
        JsonPath request = submit();
        String id = request.getString("id");
        at("2026-03-17T09:00:00");
        JsonPath extended = post("/requests/" + id + "/extension", Map.of("reason", "Data dihimpun dari tiga bidang"));
        Row row = last(id, "ppid.RequestExtended");
        assertThat(row.payload().get("requestId").asText()).isEqualTo(id);
        assertThat(row.payload().get("extendedOn").asText()).isEqualTo("2026-03-17");
        assertThat(row.payload().get("previousDueDate").asText()).isEqualTo(request.getString("dueDate"));
        assertThat(row.payload().get("dueDate").asText()).isEqualTo(extended.getString("dueDate"));
        assertThat(extended.getString("dueDate")).isGreaterThan(request.getString("dueDate"));
        assertThat(row.raw()).doesNotContain("tiga bidang"); // the reason stays in the register
        assertThat(rows(id)).hasSize(2);
    }

    @Test
    void aDecisionSaysItsOutcomeItsSortedGroundsAndWhetherItCameOnTime() {
        String onTime = submit().getString("id");
        post("/requests/" + onTime + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_J", "PASAL_17_A", "PASAL_17_H"),
                "consequenceTest", "Membuka lebih merugikan daripada menutup."));
        Row row = last(onTime, "ppid.RequestDecided");
        assertThat(row.payload().get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(row.payload().get("exemptionGrounds")).extracting(JsonNode::asText)
                .containsExactly("PASAL_17_A", "PASAL_17_H", "PASAL_17_J");
        assertThat(row.payload().get("decidedOn").asText()).isEqualTo("2026-03-16");
        assertThat(row.payload().get("onTime").asBoolean()).isTrue();
        assertThat(row.raw()).doesNotContain("Membuka lebih merugikan");

        JsonPath late = submit();
        at(OffsetDateTime.parse(late.getString("dueDate") + "T10:00:00+07:00").plusDays(1).toLocalDateTime()
                .toString());
        post("/requests/" + late.getString("id") + "/decision", Map.of("outcome", "GRANTED"));
        Row lateRow = last(late.getString("id"), "ppid.RequestDecided");
        assertThat(lateRow.payload().get("onTime").asBoolean()).isFalse();
        assertThat(lateRow.payload().has("exemptionGrounds")
                ? lateRow.payload().get("exemptionGrounds").size() : 0).isZero();
    }

    @Test
    void aDeliverySaysHowAndWhen() {
        String id = submit().getString("id");
        post("/requests/" + id + "/decision", Map.of("outcome", "GRANTED"));
        at("2026-03-17T11:00:00");
        post("/requests/" + id + "/delivery", Map.of("deliveredAt", "2026-03-17T10:30:00+07:00", "method", "COURIER"));
        Row row = last(id, "ppid.InformationDelivered");
        assertThat(row.aggregateType()).isEqualTo("InformationRequest");
        assertThat(row.payload().get("method").asText()).isEqualTo("COURIER");
        assertThat(OffsetDateTime.parse(row.payload().get("deliveredAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-03-17T10:30:00+07:00").toInstant());
    }

    @Test
    void aWithdrawalNamesTheStatusItLeft() {
        String id = submit().getString("id");
        post("/requests/" + id + "/processing", null);
        post("/requests/" + id + "/withdrawal", Map.of("reason", "Sudah didapat dari situs web"));
        Row row = last(id, "ppid.RequestWithdrawn");
        assertThat(row.payload().get("previousStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row.payload().get("requestId").asText()).isEqualTo(id);
        assertThat(row.raw()).doesNotContain("situs web");
        assertThat(rows(id)).extracting(Row::type).containsExactly("ppid.RequestReceived", "ppid.RequestWithdrawn");
    }

    @Test
    void anObjectionItsDecisionAndItsDisputeEachWriteOneRowOnTheObjection() {
        JsonPath request = submit();
        String requestId = request.getString("id");
        post("/requests/" + requestId + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Data pribadi pihak ketiga."));
        at("2026-03-18T10:00:00");
        JsonPath objection = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + requestId + "/objections").then().statusCode(201)
                .extract().jsonPath();
        String id = objection.getString("id");
        Row filed = last(id, "ppid.ObjectionFiled");
        assertThat(filed.aggregateType()).isEqualTo("Objection");
        assertThat(filed.payload().get("objectionId").asText()).isEqualTo(id);
        assertThat(filed.payload().get("requestId").asText()).isEqualTo(requestId);
        assertThat(filed.payload().get("registrationNumber").asText()).isEqualTo(objection.getString(
                "registrationNumber"));
        assertThat(filed.payload().get("requestRegistrationNumber").asText())
                .isEqualTo(request.getString("registrationNumber"));
        assertThat(filed.payload().get("grounds")).extracting(JsonNode::asText)
                .containsExactly("REJECTED_UNDER_PASAL_17");
        assertThat(filed.payload().get("dueDate").asText()).isEqualTo(objection.getString("dueDate"));
        assertThat(filed.raw()).doesNotContain("Tidak ada data pribadi");

        at("2026-03-25T10:00:00");
        JsonPath decided = post("/objections/" + id + "/decision", Map.of("outcome", "UPHELD",
                "reason", "Pengecualian telah diuji."));
        Row decision = last(id, "ppid.ObjectionDecided");
        assertThat(decision.payload().get("outcome").asText()).isEqualTo("UPHELD");
        assertThat(decision.payload().get("decidedOn").asText()).isEqualTo("2026-03-25");
        assertThat(decision.payload().get("onTime").asBoolean()).isTrue();
        assertThat(decision.payload().get("disputeDueDate").asText()).isEqualTo(decided.getString("disputeDueDate"));

        post("/objections/" + id + "/dispute", Map.of("commissionCaseNumber", "031/VI/KI-JATIM-PS/2026",
                "filedOn", "2026-03-25"));
        Row dispute = last(id, "ppid.DisputeFiled");
        assertThat(dispute.payload().get("commissionCaseNumber").asText()).isEqualTo("031/VI/KI-JATIM-PS/2026");
        assertThat(dispute.payload().get("filedOn").asText()).isEqualTo("2026-03-25");
        assertThat(rows(id)).extracting(Row::type).containsExactly("ppid.ObjectionFiled", "ppid.ObjectionDecided",
                "ppid.DisputeFiled");
        // the request's own rows are not touched by its objection
        assertThat(rows(requestId)).extracting(Row::type).containsExactly("ppid.RequestReceived",
                "ppid.RequestDecided");
    }

    @Test
    void acceptingTheSuperiorsAnswerAnnouncesNothing() {
        String requestId = submit().getString("id");
        post("/requests/" + requestId + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Data pribadi pihak ketiga."));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid/requests/" + requestId + "/objections").then().statusCode(201)
                .extract().path("id");
        post("/objections/" + id + "/decision", Map.of("outcome", "OVERTURNED", "reason", "Wajib dibuka."));
        post("/objections/" + id + "/acceptance", null);
        assertThat(rows(id)).extracting(Row::type).containsExactly("ppid.ObjectionFiled", "ppid.ObjectionDecided");
    }

    @Test
    void noPayloadOfAWholeStoryCarriesPersonalData() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        body.put("representative", Map.of("name", "Budi Santoso", "nik", REPRESENTATIVE_NIK,
                "powerOfAttorney", "Surat kuasa bermaterai 10 Maret 2026"));
        String requestId = given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
        post("/requests/" + requestId + "/processing", null);
        post("/requests/" + requestId + "/extension", Map.of("reason", "Dihimpun"));
        post("/requests/" + requestId + "/decision", Map.of("outcome", "PARTIALLY_GRANTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Data pribadi.",
                "withheldParts", "Nama dan alamat penerima"));
        post("/requests/" + requestId + "/delivery", Map.of("deliveredAt", "2026-03-16T10:00:00+07:00",
                "method", "EMAIL"));
        String objection = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Keberatan Sri Wahyuni."))
                .when().post("/api/ppid/requests/" + requestId + "/objections").then().statusCode(201)
                .extract().path("id");
        post("/objections/" + objection + "/decision", Map.of("outcome", "UPHELD", "reason", "Sudah diuji."));

        List<Row> all = new ArrayList<>(rows(requestId));
        all.addAll(rows(objection));
        assertThat(all).extracting(Row::type).containsExactly("ppid.RequestReceived", "ppid.RequestExtended",
                "ppid.RequestDecided", "ppid.InformationDelivered", "ppid.ObjectionFiled", "ppid.ObjectionDecided");
        for (Row row : all) {
            assertThat(row.raw()).as(row.type())
                    .doesNotContain(NIK).doesNotContain(REPRESENTATIVE_NIK)
                    .doesNotContain("Sri Wahyuni").doesNotContain("Budi Santoso")
                    .doesNotContain("Jl. Pahlawan").doesNotContain("081234567890")
                    .doesNotContain("sri.wahyuni@example.id").doesNotContain("Nama dan alamat penerima");
        }
    }

    private JsonPath submit() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath post(String path, Map<String, ?> body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/ppid" + path).then().statusCode(200).extract().jsonPath();
    }

    private void at(String localTime) {
        clock.set(OffsetDateTime.parse(localTime + "+07:00"));
    }

    private Row last(String aggregateId, String type) {
        List<Row> rows = rows(aggregateId);
        assertThat(rows).extracting(Row::type).contains(type);
        return rows.stream().filter(r -> r.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String aggregateId) {
        List<Object[]> found = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type, aggregatetype, version, payload::text FROM outbox_event WHERE aggregateid = ?1 "
                        + "ORDER BY seq").setParameter(1, aggregateId).getResultList());
        List<Row> rows = new ArrayList<>();
        for (Object[] row : found) {
            try {
                rows.add(new Row((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                        json.readTree((String) row[3]), (String) row[3]));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return rows;
    }
}
