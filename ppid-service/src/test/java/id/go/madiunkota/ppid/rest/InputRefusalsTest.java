package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.applicantOf;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every field of every body, refused when missing, malformed or too long: a 400 problem+json titled in the caller's
 * language whose {@code errors} name the field, and nothing saved — no request registered, no status moved, no row in
 * the outbox. The cases the intake test already covers (purpose, NIK "1234", e-mail, copy format, organisation) are
 * not repeated.
 */
@QuarkusTest
class InputRefusalsTest {

    /** A change to the valid body, and the field the answer must name. */
    record Case(String what, Consumer<Map<String, Object>> change, String field) {
    }

    static final List<Case> SUBMISSIONS = List.of(
            new Case("no applicant", b -> b.remove("applicant"), "applicant"),
            new Case("blank name", b -> applicantOf(b).put("name", " "), "applicant.name"),
            new Case("name of 201", b -> applicantOf(b).put("name", "n".repeat(201)), "applicant.name"),
            new Case("no applicant type", b -> applicantOf(b).remove("type"), "applicant.type"),
            new Case("occupation of 101", b -> applicantOf(b).put("occupation", "o".repeat(101)),
                    "applicant.occupation"),
            new Case("decree number of 101", b -> applicantOf(b).put("legalEntityNumber", "d".repeat(101)),
                    "applicant.legalEntityNumber"),
            new Case("e-mail of 201", b -> applicantOf(b).put("email", "e".repeat(190) + "@example.id"),
                    "applicant.email"),
            new Case("phone in words", b -> applicantOf(b).put("phone", "telepon rumah"), "applicant.phone"),
            new Case("phone too short", b -> applicantOf(b).put("phone", "12345"), "applicant.phone"),
            new Case("no phone and no e-mail", b -> {
                applicantOf(b).remove("phone");
                applicantOf(b).remove("email");
            }, "applicant.phone"),
            new Case("NIK with letters", b -> applicantOf(b).put("nik", "35770141019000AB"), "applicant.nik"),
            new Case("NIK of 17 digits", b -> applicantOf(b).put("nik", "35770141019000011"), "applicant.nik"),
            new Case("NIK of an unassigned province", b -> applicantOf(b).put("nik", "9777014101900001"),
                    "applicant.nik"),
            new Case("NIK born on the 32nd", b -> applicantOf(b).put("nik", "3577013201900001"), "applicant.nik"),
            new Case("NIK born in month 13", b -> applicantOf(b).put("nik", "3577014113900001"), "applicant.nik"),
            new Case("NIK with spaces around", b -> applicantOf(b).put("nik", " 3577014101900001 "),
                    "applicant.nik"),
            new Case("blank information", b -> b.put("informationRequested", ""), "informationRequested"),
            new Case("information of 4001", b -> b.put("informationRequested", "i".repeat(4001)),
                    "informationRequested"),
            new Case("no obtain method", b -> b.remove("obtainMethod"), "obtainMethod"),
            new Case("a copy without delivery", b -> b.remove("deliveryMethod"), "deliveryMethod"),
            new Case("an unknown delivery", b -> b.put("deliveryMethod", "PIGEON"), "deliveryMethod"),
            new Case("representative without name", b -> b.put("representative",
                    Map.of("powerOfAttorney", "Surat kuasa 10 Maret 2026")), "representative.name"),
            new Case("representative without power of attorney", b -> b.put("representative",
                    Map.of("name", "Budi Santoso")), "representative.powerOfAttorney"),
            new Case("representative with a bad NIK", b -> b.put("representative", Map.of("name", "Budi Santoso",
                    "nik", "1234", "powerOfAttorney", "Surat kuasa")), "representative.nik"),
            new Case("the time received, from the public", b -> b.put("receivedAt", "2026-03-13T10:00:00+07:00"),
                    "receivedAt"));

    /** The title of an unreadable body, by the title of invalid data in the same language. */
    static final Map<String, String> UNREADABLE = Map.of("Invalid data", "Unreadable request body",
            "Data tidak valid", "Isi permintaan tidak dapat dibaca");

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everySubmissionFieldIsNamedInBothLanguagesAndNothingIsRegistered() {
        long before = count("information_request");
        long events = count("outbox_event");
        List<String> wrong = new ArrayList<>();
        for (Case c : SUBMISSIONS) {
            Map<String, Object> body = personRequest();
            c.change().accept(body);
            expect400(wrong, c.what(), post("/requests", body, "en"), c.field(), "Invalid data");
            expect400(wrong, c.what(), post("/requests", body, "id"), c.field(), "Data tidak valid");
        }
        assertThat(wrong).isEmpty();
        assertThat(count("information_request")).isEqualTo(before);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void toViewNeedsNeitherCopyFormatNorDeliveryAndOnlineMayBeSaidAloud() {
        Map<String, Object> view = personRequest();
        view.put("obtainMethod", "VIEW");
        view.remove("copyFormat");
        view.remove("deliveryMethod");
        view.put("channel", "ONLINE");
        post("/requests", view, "en").then().statusCode(201)
                .body("obtainMethod", org.hamcrest.Matchers.equalTo("VIEW"))
                .body("channel", org.hamcrest.Matchers.equalTo("ONLINE"))
                .body("copyFormat", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anOfficerNamesAStaffChannelAndDatesTheRequestAtMostThirtyDaysBack() {
        clock.set(OffsetDateTime.parse("2026-04-30T10:00:00+07:00"));
        long before = count("information_request");
        List<String> wrong = new ArrayList<>();
        Map<String, Object> online = personRequest();
        online.put("channel", "ONLINE");
        expect400(wrong, "online by an officer", post("/requests", online, "en"), "channel", "Invalid data");
        Map<String, Object> old = personRequest();
        old.put("channel", "LETTER");
        old.put("receivedAt", "2026-03-31T09:59:00+07:00");
        expect400(wrong, "received 30 days and a minute ago", post("/requests", old, "id"), "receivedAt",
                "Data tidak valid");
        assertThat(wrong).isEmpty();
        assertThat(count("information_request")).isEqualTo(before);

        Map<String, Object> letter = personRequest();
        letter.put("channel", "LETTER");
        letter.put("receivedAt", "2026-03-31T10:01:00+07:00");
        post("/requests", letter, "en").then().statusCode(201)
                .body("channel", org.hamcrest.Matchers.equalTo("LETTER"))
                .body("receivedOn", org.hamcrest.Matchers.equalTo("2026-03-31"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void everyActionBodyIsCheckedAndARefusedOneMovesNothing() {
        String id = walkIn();
        List<String> wrong = new ArrayList<>();
        String base = "/requests/" + id + "/";
        refuse(wrong, base + "extension", Map.of(), "reason");
        refuse(wrong, base + "extension", Map.of("reason", "   "), "reason");
        refuse(wrong, base + "extension", Map.of("reason", "r".repeat(2001)), "reason");
        refuse(wrong, base + "decision", Map.of(), "outcome");
        refuse(wrong, base + "decision", Map.of("outcome", "MAYBE"), "outcome");
        refuse(wrong, base + "decision", Map.of("outcome", "REJECTED", "exemptionGrounds", List.of("PASAL_99"),
                "consequenceTest", "Uji"), "exemptionGrounds");
        refuse(wrong, base + "decision", Map.of("outcome", "REJECTED", "exemptionGrounds", List.of("PASAL_17_H"),
                "consequenceTest", "c".repeat(4001)), "consequenceTest");
        refuse(wrong, base + "decision", Map.of("outcome", "PARTIALLY_GRANTED", "exemptionGrounds",
                List.of("PASAL_17_H"), "consequenceTest", "Uji", "withheldParts", "w".repeat(2001)), "withheldParts");
        refuse(wrong, base + "decision", Map.of("outcome", "NOT_HELD", "heldBy", "h".repeat(201)), "heldBy");
        refuse(wrong, base + "decision", Map.of("outcome", "GRANTED", "note", "n".repeat(4001)), "note");
        refuse(wrong, base + "decision", Map.of("outcome", "GRANTED", "copyFormat", "PAPYRUS"), "copyFormat");
        refuse(wrong, base + "decision", Map.of("outcome", "GRANTED", "cost", 50000), "cost");
        refuse(wrong, base + "delivery", Map.of(), "deliveredAt");
        refuse(wrong, base + "delivery", Map.of(), "method");
        refuse(wrong, base + "delivery", Map.of("deliveredAt", "kemarin", "method", "EMAIL"), "deliveredAt");
        refuse(wrong, base + "delivery", Map.of("deliveredAt", "2026-03-20T10:15:00+07:00", "method", "PIGEON"),
                "method");
        refuse(wrong, base + "withdrawal", Map.of(), "reason");
        refuse(wrong, base + "invalidation", Map.of("reason", "r".repeat(2001)), "reason");
        assertThat(wrong).isEmpty();
        given().when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REGISTERED"))
                .body("extendedOn", org.hamcrest.Matchers.nullValue())
                .body("decision", org.hamcrest.Matchers.nullValue());
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior"})
    void everyObjectionBodyIsCheckedAndARefusedOneMovesNothing() {
        String request = walkIn();
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "exemptionGrounds",
                List.of("PASAL_17_H"), "consequenceTest", "Data pribadi."))
                .when().post("/api/ppid/requests/" + request + "/decision").then().statusCode(200);
        List<String> wrong = new ArrayList<>();
        String filing = "/requests/" + request + "/objections";
        refuse(wrong, filing, Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "r".repeat(4001)),
                "reason");
        refuse(wrong, filing, Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", " "), "reason");
        refuse(wrong, filing, Map.of("reason", "Tidak ada data pribadi."), "grounds");
        assertThat(count("objection", "request_id = cast('" + request + "' as uuid)")).isZero();

        String objection = given().contentType(ContentType.JSON)
                .body(Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi."))
                .when().post("/api/ppid" + filing).then().statusCode(201).extract().path("id");
        String base = "/objections/" + objection + "/";
        refuse(wrong, base + "decision", Map.of(), "outcome");
        refuse(wrong, base + "decision", Map.of(), "reason");
        refuse(wrong, base + "decision", Map.of("outcome", "DISMISSED", "reason", "x"), "outcome");
        refuse(wrong, base + "decision", Map.of("outcome", "UPHELD", "reason", "r".repeat(4001)), "reason");
        refuse(wrong, base + "dispute", Map.of(), "filedOn");
        refuse(wrong, base + "dispute", Map.of("filedOn", "2999-01-01"), "filedOn");
        refuse(wrong, base + "dispute", Map.of("filedOn", "04-05-2026"), "filedOn");
        refuse(wrong, base + "dispute", Map.of("filedOn", "2026-03-16", "commissionCaseNumber", "c".repeat(101)),
                "commissionCaseNumber");
        refuse(wrong, base + "dispute-outcome", Map.of("outcome", "MEDIATION_AGREEMENT", "decidedOn", "2026-03-16",
                "commissionCaseNumber", " "), "commissionCaseNumber");
        refuse(wrong, base + "dispute-outcome", Map.of("outcome", "MEDIATION_AGREEMENT",
                "commissionCaseNumber", "031/VI/KI-JATIM-PS/2026"), "decidedOn");
        assertThat(wrong).isEmpty();
        given().when().get("/api/ppid/objections/" + objection).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("FILED"))
                .body("outcome", org.hamcrest.Matchers.nullValue());
        assertThat(eventsOf(objection)).isEqualTo(1);
    }

    @Test
    void aMalformedTrackingCodeIsNotFoundAndSaysSo() {
        for (String code : List.of("short", "AAAAA-BBBBB-CCCCC", "aaaaa-bbbbb", "AAAAA_BBBBB")) {
            given().header("Accept-Language", "en").when().get("/api/ppid/tracking/" + code).then()
                    .statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("title", org.hamcrest.Matchers.equalTo("Not found"));
        }
    }

    private void refuse(List<String> wrong, String path, Map<String, ?> body, String field) {
        expect400(wrong, path + " " + abbreviated(body), post(path, body, "en"), field, "Invalid data");
        expect400(wrong, path + " " + abbreviated(body), post(path, body, "id"), field, "Data tidak valid");
    }

    private static String abbreviated(Map<String, ?> body) {
        String text = body.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static void expect400(List<String> wrong, String what, Response answer, String field, String title) {
        String contentType = answer.getContentType();
        boolean problem = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE);
        List<String> fields = problem ? answer.jsonPath().getList("errors.field", String.class) : List.of();
        boolean named = fields != null && fields.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "["));
        // a value that cannot be read (an unknown enum constant, a malformed date) is a malformed body, titled so
        boolean unreadable = problem && String.valueOf(answer.<String>path("type")).endsWith("/malformed-body");
        String expected = unreadable ? UNREADABLE.get(title) : title;
        if (answer.statusCode() != 400 || !problem || !named || !expected.equals(answer.path("title"))) {
            wrong.add("%s: %d %s (expected %s)".formatted(what, answer.statusCode(), answer.asString(), field));
        }
    }

    private String walkIn() {
        Map<String, Object> body = new HashMap<>(personRequest());
        body.put("channel", "WALK_IN");
        return post("/requests", body, "id").then().statusCode(201).extract().path("id");
    }

    private static Response post(String path, Map<String, ?> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post("/api/ppid" + path);
    }

    private long eventsOf(String aggregateId) {
        return count("outbox_event", "aggregateid = '" + aggregateId + "'");
    }

    private long count(String table) {
        return count(table, "true");
    }

    private long count(String table, String where) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM " + table + " WHERE " + where).getSingleResult()).longValue());
    }
}
