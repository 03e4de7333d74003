package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.GuestBookBodies;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.service.GuestBookService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PPID guest book (buku tamu): recording visitors, reading by day, linking to requests, rules and roles. */
@QuarkusTest
class GuestBookResourceTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String PHONE = "081298765432";
    private static final String SOMEONE = "00000000-0000-0000-0000-000000000000";

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    GuestBookService guestBook;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anOfficerRecordsAVisitorAndGetsTheEntryWithoutThePhone() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        Map<String, Object> body = visitor();
        body.remove("visitedAt");
        ValidatableResponse created = sign(body, "id").statusCode(201)
                .body("visitorName", equalTo("Sri Wahyuni"))
                .body("organization", equalTo("Universitas PGRI Madiun"))
                .body("hasPhone", equalTo(true))
                .body("phone", nullValue())
                .body("purpose", equalTo("Menanyakan data anggaran Dinas Kominfo 2026"))
                .body("visitedAt", equalTo("2026-03-13T03:00:00Z"))
                .body("requestId", nullValue())
                .body("registrationNumber", nullValue())
                .body("recordedBy", equalTo("officer-1"));
        String id = created.extract().path("id");
        String location = created.extract().header("Location");
        assertThat(location).endsWith("/api/ppid/guestbook/" + id);
        String read = given().when().get("/api/ppid/guestbook/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("hasPhone", equalTo(true))
                .extract().asString();
        assertThat(read).doesNotContain(PHONE);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void aVisitorWithoutPhoneOrOrganisationIsRecordedToo() {
        Map<String, Object> body = visitor();
        body.remove("phone");
        body.remove("organization");
        sign(body, "id").statusCode(201).body("hasPhone", equalTo(false)).body("organization", nullValue());
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theListFiltersByOfficeDayNewestFirst() {
        String early = signedAt("2026-02-10T08:15:00+07:00");
        String late = signedAt("2026-02-10T15:45:00+07:00");
        String dayBefore = signedAt("2026-02-09T23:30:00+07:00"); // 16:30 UTC on the 9th: not the 10th in Madiun
        String dayAfter = signedAt("2026-02-11T00:10:00+07:00"); // still the 10th in UTC, the 11th in Madiun
        given().when().get("/api/ppid/guestbook?from=2026-02-10&to=2026-02-10&size=100").then().statusCode(200)
                .body("items.id", hasItems(early, late))
                .body("items.id", not(hasItem(dayBefore)))
                .body("items.id", not(hasItem(dayAfter)))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
        List<String> ids = given().when().get("/api/ppid/guestbook?from=2026-02-10&to=2026-02-10&size=100")
                .then().extract().path("items.id");
        assertThat(ids.indexOf(late)).isLessThan(ids.indexOf(early));
        given().when().get("/api/ppid/guestbook?from=2026-02-09&to=2026-02-11&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1));
        int total = given().when().get("/api/ppid/guestbook?from=2026-02-09&to=2026-02-11&size=1")
                .then().extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(4);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void malformedFiltersAreRefused() {
        given().header("Accept-Language", "en").when().get("/api/ppid/guestbook?from=13-03-2026")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("from"));
        given().header("Accept-Language", "en").when().get("/api/ppid/guestbook?from=2026-03-14&to=2026-03-13")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("to"));
        given().header("Accept-Language", "en").when().get("/api/ppid/guestbook?size=1000")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anEntryIsLinkedOnceToTheRequestTheVisitorFiled() {
        String entry = sign(visitor(), "id").statusCode(201).extract().path("id");
        Map<String, Object> walkIn = personRequest();
        walkIn.put("channel", "WALK_IN");
        var request = given().contentType(ContentType.JSON).body(walkIn).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().jsonPath();
        String requestId = request.getString("id");
        String number = request.getString("registrationNumber");

        link(entry, requestId, "id").statusCode(200)
                .body("id", equalTo(entry))
                .body("requestId", equalTo(requestId))
                .body("registrationNumber", equalTo(number));
        given().when().get("/api/ppid/guestbook/" + entry).then().statusCode(200)
                .body("registrationNumber", equalTo(number));

        link(entry, requestId, "en").statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("guestbook.already-linked"))
                .body("title", equalTo("Guest book entry already linked"))
                .body("detail", containsString(number));
        link(entry, requestId, "id").statusCode(409).body("title", equalTo("Buku tamu sudah ditautkan"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anEntryMayNameTheRequestWhenSigned() {
        Map<String, Object> walkIn = personRequest();
        walkIn.put("channel", "WALK_IN");
        var request = given().contentType(ContentType.JSON).body(walkIn).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().jsonPath();
        Map<String, Object> body = visitor();
        body.put("requestId", request.getString("id"));
        String entry = sign(body, "id").statusCode(201)
                .body("registrationNumber", equalTo(request.getString("registrationNumber")))
                .extract().path("id");
        link(entry, request.getString("id"), "en").statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void anUnknownRequestIs422AndNothingIsSaved() {
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> body = visitor();
        body.put("visitorName", "Pengunjung " + unknown);
        body.put("requestId", unknown);
        sign(body, "en").statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("guestbook.request-unknown"))
                .body("title", equalTo("Unknown request"))
                .body("detail", containsString(unknown));
        sign(body, "id").statusCode(422).body("title", equalTo("Permohonan tidak dikenal"));
        Number saved = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM guest_book_entry WHERE visitor_name = ?1")
                .setParameter(1, "Pengunjung " + unknown).getSingleResult());
        assertThat(saved.longValue()).isZero();

        String entry = sign(visitor(), "en").statusCode(201).extract().path("id");
        link(entry, unknown, "en").statusCode(422).body("type", endsWith("guestbook.request-unknown"));
        given().when().get("/api/ppid/guestbook/" + entry).then().statusCode(200).body("requestId", nullValue());
        link(SOMEONE, unknown, "en").statusCode(404).contentType(PROBLEM);
        given().when().get("/api/ppid/guestbook/" + SOMEONE).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void missingFieldsAFutureVisitAndUnknownFieldsAreNamed() {
        Map<String, Object> missing = visitor();
        missing.remove("visitorName");
        missing.remove("purpose");
        sign(missing, "id").statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItems("visitorName", "purpose"));

        Map<String, Object> future = visitor();
        future.put("visitedAt", OffsetDateTime.now(clock).plusDays(1).toString());
        sign(future, "en").statusCode(400).contentType(PROBLEM)
                .body("errors.find { it.field == 'visitedAt' }.message",
                        equalTo("the time of the visit may not be in the future"));
        sign(future, "id").statusCode(400).body("errors.find { it.field == 'visitedAt' }.message",
                equalTo("waktu kunjungan tidak boleh di masa depan"));

        Map<String, Object> unknown = visitor();
        unknown.put("nik", "3577014101900001");
        sign(unknown, "en").statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("nik"));

        Map<String, Object> malformed = visitor();
        malformed.put("visitedAt", "kemarin");
        sign(malformed, "en").statusCode(400).body("errors.field", hasItem("visitedAt"));

        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of())
                .when().post("/api/ppid/guestbook/" + SOMEONE + "/request-link")
                .then().statusCode(400).body("errors.field", hasItem("requestId"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void tooLongTextAndAMalformedPhoneAreRefused() {
        Map<String, Object> body = visitor();
        body.put("visitorName", "x".repeat(201));
        body.put("organization", "x".repeat(201));
        body.put("purpose", "x".repeat(1001));
        body.put("phone", "nomor saya");
        sign(body, "en").statusCode(400)
                .body("errors.field", hasItems("visitorName", "organization", "purpose", "phone"));
        Map<String, Object> longest = visitor();
        longest.put("visitorName", "x".repeat(200));
        longest.put("purpose", "x".repeat(1000));
        sign(longest, "en").statusCode(201);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void thePhoneIsStoredOnlyEncrypted() {
        String id = sign(visitor(), "id").statusCode(201).extract().path("id");
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT g::text FROM guest_book_entry g WHERE id = cast(?1 as uuid)")
                .setParameter(1, id).getResultList());
        assertThat(rows).singleElement().asString().doesNotContain(PHONE).contains("v1:");
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        given().when().get("/api/ppid/guestbook").then().statusCode(401).contentType(PROBLEM);
        given().when().get("/api/ppid/guestbook/" + SOMEONE).then().statusCode(401);
        given().contentType(ContentType.JSON).body(visitor()).when().post("/api/ppid/guestbook")
                .then().statusCode(401).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("requestId", SOMEONE))
                .when().post("/api/ppid/guestbook/" + SOMEONE + "/request-link").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void aCitizenMayNeitherReadNorWrite() {
        given().when().get("/api/ppid/guestbook").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/ppid/guestbook/" + SOMEONE).then().statusCode(403);
        given().contentType(ContentType.JSON).body(visitor()).when().post("/api/ppid/guestbook")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("requestId", SOMEONE))
                .when().post("/api/ppid/guestbook/" + SOMEONE + "/request-link").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void anAuditorReadsButMayNotWrite() {
        String id = recordedDirectly();
        given().when().get("/api/ppid/guestbook/" + id).then().statusCode(200).body("hasPhone", equalTo(true));
        given().when().get("/api/ppid/guestbook?size=100").then().statusCode(200).body("items.id", hasItem(id));
        given().contentType(ContentType.JSON).body(visitor()).when().post("/api/ppid/guestbook")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("requestId", SOMEONE))
                .when().post("/api/ppid/guestbook/" + id + "/request-link").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "superior-1", roles = "ppid-superior")
    void theSuperiorReadsButMayNotWrite() {
        String id = recordedDirectly();
        given().when().get("/api/ppid/guestbook/" + id).then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).body(visitor()).when().post("/api/ppid/guestbook")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theAnswerNamesTheOfficerByDisplayNameWhileTheRowAlsoKeepsTheSubject() {
        String id = recordedDirectly();
        given().when().get("/api/ppid/guestbook/" + id).then().statusCode(200)
                .body("recordedBy", equalTo("petugas.satu"));
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT recorded_by || '|' || recorded_by_name FROM guest_book_entry WHERE id = cast(?1 as uuid)")
                .setParameter(1, id).getResultList());
        assertThat(rows).singleElement().isEqualTo("officer-1|petugas.satu");
    }

    private String recordedDirectly() {
        return guestBook.sign(new GuestBookBodies.NewEntry("Budi Santoso", null, PHONE, "Konsultasi", null, null),
                new Caller("officer-1", "petugas.satu", Set.of(Roles.PPID_OFFICER))).id().toString();
    }

    private String signedAt(String visitedAt) {
        Map<String, Object> body = visitor();
        body.put("visitedAt", visitedAt);
        return sign(body, "id").statusCode(201).extract().path("id");
    }

    private static Map<String, Object> visitor() {
        Map<String, Object> body = new HashMap<>();
        body.put("visitorName", "Sri Wahyuni");
        body.put("organization", "Universitas PGRI Madiun");
        body.put("phone", PHONE);
        body.put("purpose", "Menanyakan data anggaran Dinas Kominfo 2026");
        body.put("visitedAt", "2026-03-13T09:30:00+07:00");
        return body;
    }

    private static ValidatableResponse sign(Map<String, Object> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post("/api/ppid/guestbook").then();
    }

    private static ValidatableResponse link(String entry, String requestId, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("requestId", requestId))
                .when().post("/api/ppid/guestbook/" + entry + "/request-link").then();
    }
}
