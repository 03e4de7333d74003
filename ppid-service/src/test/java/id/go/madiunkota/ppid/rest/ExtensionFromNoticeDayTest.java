package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.ppid.api.RequestBodies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The office's reading of the extension, {@code madiun.ppid.requests.extension-base=NOTICE_DAY}: 7 working days from
 * the day the extension notice is given. An extension that would not move the due date is refused and does not use
 * up the one extension.
 */
@QuarkusTest
@TestProfile(ExtensionFromNoticeDayTest.NoticeDay.class)
@TestSecurity(user = "officer-1", roles = "ppid-officer")
class ExtensionFromNoticeDayTest {

    /** The extension counts from the notice day. */
    public static class NoticeDay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("madiun.ppid.requests.extension-base", "NOTICE_DAY");
        }
    }

    private static final Map<String, String> REASON = Map.of("reason", "Data dihimpun dari tiga bidang");

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anExtensionOnDayFourCountsSevenWorkingDaysFromItsNotice() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        // Working days after 13 March: 16, 17, 25, 26 (day 4). 7 working days from 26 March end on 7 April.
        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        DecisionRulesTest.action(id, "extension", REASON, "id").statusCode(200)
                .body("status", equalTo("EXTENDED"))
                .body("dueDate", equalTo("2026-04-07"));
    }

    @Test
    void anExtensionThatWouldNotMoveTheDueDateIsRefusedAndStaysAvailable() {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        String id = submitted();
        // On the day of receipt, 7 working days from the notice end on 31 March, before the due date (6 April).
        DecisionRulesTest.action(id, "extension", REASON, "id").statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Perpanjangan tidak menambah waktu"))
                .body("detail", containsString("2026-04-06"))
                .body("detail", containsString("kesempatan perpanjangan yang satu-satunya tetap tersedia"));
        clock.set(OffsetDateTime.parse("2026-03-25T09:00:00+07:00"));
        // Day 3: 7 working days end on 6 April itself: still no time added.
        DecisionRulesTest.action(id, "extension", REASON, "en").statusCode(422)
                .body("title", equalTo("Extension adds no time"))
                .body("detail", equalTo("This extension would end on 2026-04-06, no later than the due date in force "
                        + "(2026-04-06); it is refused and the one extension remains available."));
        given().when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("dueDate", equalTo("2026-04-06"))
                .body("extendedOn", equalTo(null));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived");

        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        DecisionRulesTest.action(id, "extension", REASON, "en").statusCode(200)
                .body("status", equalTo("EXTENDED")).body("dueDate", equalTo("2026-04-07"));
        assertThat(eventTypes(id)).containsExactly("ppid.RequestReceived", "ppid.RequestExtended");
    }

    private String submitted() {
        Map<String, Object> body = personRequest();
        body.put("channel", "WALK_IN");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type FROM outbox_event WHERE aggregateid = ?1 ORDER BY seq").setParameter(1, id)
                        .getResultList());
    }
}
