package id.go.madiunkota.ppid.service;

import static id.go.madiunkota.ppid.support.RequestBodies.personRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
 * An ad-hoc holiday added by an admin moves every open deadline that spans it, with an event each; decided requests
 * and requests received after the day keep theirs; removing the day moves them back.
 */
@QuarkusTest
@TestSecurity(user = "admin-1", roles = {"admin", "ppid-officer"})
class DeadlineRecomputeTest {

    private static final String DAY = "2026-10-07";

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAdHocHolidayMovesOpenDeadlinesThatSpanItAndBack() {
        clock.set(OffsetDateTime.parse("2026-10-01T10:00:00+07:00")); // Thursday; 10 working days end on 15 October
        String open = submitted();
        String decided = submitted();
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_HELD", "heldBy", "BPKAD Kota Madiun"))
                .when().post("/api/ppid/requests/" + decided + "/decision").then().statusCode(200);
        clock.set(OffsetDateTime.parse("2026-10-08T10:00:00+07:00")); // received after the new holiday
        String later = submitted();
        String laterDue = dueDate(later);

        given().contentType(ContentType.JSON).body(Map.of("date", DAY, "kind", "AD_HOC", "name", "Libur tambahan",
                "reason", "Uji perhitungan ulang tenggat")).when().post("/api/ppid/calendar/non-working-days")
                .then().statusCode(201);
        try {
            assertThat(dueDate(open)).isEqualTo("2026-10-16");
            assertThat(dueDate(decided)).isEqualTo("2026-10-15");
            assertThat(dueDate(later)).isEqualTo(laterDue);
            assertThat(recomputedEvents(open)).singleElement().asString()
                    .contains("2026-10-15").contains("2026-10-16").contains("REQUEST");
            assertThat(recomputedEvents(decided)).isEmpty();
        } finally {
            given().queryParam("reason", "Uji selesai").when().delete("/api/ppid/calendar/non-working-days/" + DAY)
                    .then().statusCode(204);
        }
        assertThat(dueDate(open)).isEqualTo("2026-10-15");
        assertThat(recomputedEvents(open)).hasSize(2);
    }

    private String submitted() {
        Map<String, Object> body = personRequest();
        body.put("channel", "LETTER");
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");
    }

    private String dueDate(String id) {
        return given().when().get("/api/ppid/requests/" + id).then().statusCode(200)
                .body("id", equalTo(id)).extract().path("dueDate");
    }

    @SuppressWarnings("unchecked")
    private List<String> recomputedEvents(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT payload::text FROM outbox_event WHERE aggregateid = ?1 AND type = 'ppid.DeadlineRecomputed'"
                        + " ORDER BY seq").setParameter(1, id).getResultList());
    }
}
