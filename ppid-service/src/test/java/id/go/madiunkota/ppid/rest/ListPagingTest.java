package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.applicantOf;
import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lists as pages: {@code {items, page, size, total}}, newest first, the pages together holding each entry once,
 * a page past the end empty with the same total; the filters of the staff list (status, overdue, due before, text);
 * and the bounds of {@code page} and {@code size}, refused with the parameter named in both languages.
 */
@QuarkusTest
class ListPagingTest {

    static final List<String> LISTS = List.of("/requests", "/objections", "/guestbook");

    @jakarta.inject.Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theStaffListPagesNewestFirstAndEachEntryOnce() {
        clock.set(OffsetDateTime.parse("2026-05-04T10:00:00+07:00"));
        String name = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        List<String> receivedOn = List.of("2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04");
        List<String> ids = new ArrayList<>();
        for (String day : receivedOn) {
            ids.add(recorded(name, day));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath answer = list("q=" + name.toLowerCase() + "&size=2&page=" + page);
            assertThat(answer.getInt("page")).isEqualTo(page);
            assertThat(answer.getInt("size")).isEqualTo(2);
            assertThat(answer.getLong("total")).isEqualTo(5);
            assertThat(answer.getList("items")).hasSize(page < 2 ? 2 : 1);
            seen.addAll(answer.getList("items.id", String.class));
        }
        assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        JsonPath beyond = list("q=" + name + "&size=2&page=3");
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getLong("total")).isEqualTo(5);
        assertThat(list("q=" + name.toUpperCase()).getList("items.applicant.name", String.class))
                .hasSize(5).allMatch(name::equals);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theStaffListFiltersByStatusOverdueAndDueDay() {
        clock.set(OffsetDateTime.parse("2026-05-04T10:00:00+07:00"));
        String name = "Filter " + UUID.randomUUID().toString().substring(0, 8);
        // due 20 April, 27 April (both passed on 4 May), and 5 May (1 May is a holiday): the last is due soon
        String decided = recorded(name, "2026-04-06");
        String overdue = recorded(name, "2026-04-13");
        String dueSoon = recorded(name, "2026-04-20");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "GRANTED"))
                .when().post("/api/ppid/requests/" + decided + "/decision").then().statusCode(200);
        given().when().post("/api/ppid/requests/" + dueSoon + "/processing").then().statusCode(200);

        assertThat(list("q=" + name + "&overdue=true").getList("items.id", String.class)).containsExactly(overdue);
        assertThat(list("q=" + name + "&overdue=false").getList("items.id", String.class))
                .containsExactly(dueSoon, decided);
        assertThat(list("q=" + name + "&status=IN_PROGRESS").getList("items.id", String.class))
                .containsExactly(dueSoon);
        assertThat(list("q=" + name + "&status=GRANTED").getList("items.id", String.class)).containsExactly(decided);
        assertThat(list("q=" + name + "&dueBefore=2026-04-27").getList("items.id", String.class))
                .containsExactly(decided);
        assertThat(list("q=" + name + "&dueBefore=2026-04-28").getList("items.id", String.class))
                .containsExactly(overdue, decided);
        JsonPath all = list("q=" + name);
        assertThat(all.getList("items.dueDate", String.class)).containsExactly("2026-05-05", "2026-04-27",
                "2026-04-20");
        assertThat(all.getList("items.overdue", Boolean.class)).containsExactly(false, true, false);
        assertThat(all.getList("items.dueSoon", Boolean.class)).containsExactly(true, false, false);
        assertThat(list("q=" + name + "&status=CLOSED").getLong("total")).isZero();
    }

    @Test
    @TestSecurity(user = "citizen-paging", roles = "citizen")
    void aCitizensRequestsAndObjectionsArePagesOfTheirOwn() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(given().contentType(ContentType.JSON).body(personRequest()).when().post("/api/ppid/requests")
                    .then().statusCode(201).extract().path("id"));
        }
        JsonPath first = page("/requests/mine?size=2");
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getList("items")).hasSize(2);
        JsonPath second = page("/requests/mine?size=2&page=1");
        assertThat(second.getList("items")).hasSize(1);
        List<String> mine = new ArrayList<>(first.getList("items.id", String.class));
        mine.addAll(second.getList("items.id", String.class));
        assertThat(mine).containsExactlyInAnyOrderElementsOf(requests);

        // all three were due on 6 April; each is objected to on a later day
        List<String> objections = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.set(OffsetDateTime.parse("2026-04-0" + (7 + i) + "T10:00:00+07:00"));
            objections.add(given().contentType(ContentType.JSON)
                    .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Tidak ada tanggapan."))
                    .when().post("/api/ppid/requests/" + requests.get(i) + "/objections").then().statusCode(201)
                    .body("filedVia", equalTo("OWNER")).extract().path("id"));
        }
        JsonPath newest = page("/objections?size=2");
        assertThat(newest.getLong("total")).isEqualTo(3);
        assertThat(newest.getList("items.id", String.class)).containsExactly(objections.get(2), objections.get(1));
        assertThat(newest.getList("items.filedOn", String.class)).containsExactly("2026-04-09", "2026-04-08");
        assertThat(page("/objections?size=2&page=1").getList("items.id", String.class))
                .containsExactly(objections.get(0));
        assertThat(page("/objections?status=FILED").getLong("total")).isEqualTo(3);
        assertThat(page("/objections?status=ESCALATED").getLong("total")).isZero();
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theGuestBookPagesOneDayNewestFirst() {
        List<String> entries = new ArrayList<>();
        for (String time : List.of("08:05", "09:40", "13:15")) {
            clock.set(OffsetDateTime.parse("2026-01-07T" + time + ":00+07:00"));
            entries.add(given().contentType(ContentType.JSON)
                    .body(Map.of("visitorName", "Tamu " + time, "purpose", "Meminta informasi anggaran"))
                    .when().post("/api/ppid/guestbook").then().statusCode(201).extract().path("id"));
        }
        JsonPath first = page("/guestbook?from=2026-01-07&to=2026-01-07&size=2");
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getList("items.id", String.class)).containsExactly(entries.get(2), entries.get(1));
        assertThat(page("/guestbook?from=2026-01-07&to=2026-01-07&size=2&page=1").getList("items.id", String.class))
                .containsExactly(entries.get(0));
        assertThat(page("/guestbook?from=2026-01-08&to=2026-01-08").getLong("total")).isZero();
    }

    @Test
    @TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior", "citizen"})
    void pageAndSizeOutOfBoundsAreNamedInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/requests", "/requests/mine", "/objections", "/guestbook")) {
            for (String query : List.of("page=-1", "page=1000001", "page=abc", "size=0", "size=101", "size=-5",
                    "size=1.5")) {
                String field = query.substring(0, query.indexOf('='));
                for (String language : List.of("id", "en")) {
                    var answer = given().header("Accept-Language", language).when()
                            .get("/api/ppid" + path + "?" + query);
                    List<String> fields = answer.getContentType() != null
                            && answer.getContentType().startsWith(Problem.MEDIA_TYPE)
                            ? answer.jsonPath().getList("errors.field", String.class) : null;
                    if (answer.statusCode() != 400 || fields == null || !fields.contains(field)) {
                        wrong.add("%s?%s (%s): %d %s".formatted(path, query, language, answer.statusCode(),
                                answer.asString()));
                    }
                }
            }
            given().when().get("/api/ppid" + path + "?page=1000000&size=100").then().statusCode(200)
                    .body("items.size()", equalTo(0)).body("page", equalTo(1000000)).body("size", equalTo(100));
            given().when().get("/api/ppid" + path + "?size=1").then().statusCode(200)
                    .body("size", equalTo(1)).body("page", equalTo(0));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theDefaultPageIsTheFirstOfTwenty() {
        given().when().get("/api/ppid/requests").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().when().get("/api/ppid/guestbook").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().when().get("/api/ppid/objections").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20))
                .body("keySet()", hasItem("total"));
    }

    /** A letter recorded by the officer, received on {@code day} at 09:00. */
    private String recorded(String name, String day) {
        Map<String, Object> body = personRequest();
        applicantOf(body).put("name", name);
        body.put("channel", "LETTER");
        body.put("receivedAt", day + "T09:00:00+07:00");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests").then()
                .statusCode(201).body("receivedOn", equalTo(day)).extract().path("id");
    }

    private static JsonPath list(String query) {
        return page("/requests?" + query);
    }

    private static JsonPath page(String path) {
        return given().when().get("/api/ppid" + path).then().statusCode(200).extract().jsonPath();
    }
}
