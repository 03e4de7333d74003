package id.go.madiunkota.helpdesk.rest;

import static id.go.madiunkota.helpdesk.support.Consultations.BASE;
import static id.go.madiunkota.helpdesk.support.Consultations.escalate;
import static id.go.madiunkota.helpdesk.support.Consultations.open;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.helpdesk.support.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every list is a page {@code {items, page, size, total}}: consultations newest first, complaints oldest first, the
 * callback queue soonest first; pages do not overlap and together hold every entry; page and size out of range are
 * 400s naming the parameter.
 */
@QuarkusTest
class PaginationTest {

    private static final String CALLBACKS = "/api/helpdesk/callbacks";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "agen.halaman", roles = "helpdesk-agent")
    void consultationsPageNewestFirstWithoutOverlap() {
        List<String> opened = new ArrayList<>();
        for (int minute = 0; minute < 5; minute++) {
            at("2027-03-01T09:0" + minute);
            opened.add(open());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<String> ids = given().queryParam("agent", "agen.halaman").queryParam("page", page)
                    .queryParam("size", 2).when().get(BASE).then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(2)).body("total", equalTo(5))
                    .extract().path("items.id");
            assertThat(ids).hasSize(page < 2 ? 2 : 1);
            seen.addAll(ids);
        }
        assertThat(seen).as("newest first, each once").containsExactlyElementsOf(opened.reversed());
        given().queryParam("agent", "agen.halaman").queryParam("page", 3).queryParam("size", 2).when().get(BASE)
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(5));
    }

    @Test
    @TestSecurity(user = "agen.antrean", roles = "helpdesk-agent")
    void theCallbackQueueIsAPageSoonestFirst() {
        at("2027-03-02T09:00");
        String first = escalated();
        at("2027-03-02T09:03");
        String second = escalated();
        at("2027-03-02T09:06");
        String third = escalated();
        at("2027-03-02T09:30");
        given().when().get(CALLBACKS).then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20))
                .body("total", equalTo(3)).body("items.consultationId", equalTo(List.of(first, second, third)));
        given().queryParam("size", 2).when().get(CALLBACKS).then().statusCode(200)
                .body("items.consultationId", equalTo(List.of(first, second))).body("total", equalTo(3));
        given().queryParam("size", 2).queryParam("page", 1).queryParam("due", true).when().get(CALLBACKS)
                .then().statusCode(200).body("items.consultationId", equalTo(List.of(third)))
                .body("page", equalTo(1)).body("total", equalTo(3));
        at("2027-03-02T09:14"); // due at 09:10 and 09:13, not the third at 09:16
        given().queryParam("due", true).when().get(CALLBACKS).then().statusCode(200)
                .body("items.consultationId", equalTo(List.of(first, second))).body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "agen.halaman", roles = "helpdesk-agent")
    void pageAndSizeOutOfRangeAre400NamingTheParameter() {
        for (String path : List.of(BASE, CALLBACKS, "/api/helpdesk/complaints")) {
            given().queryParam("size", 0).when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("size"));
            given().queryParam("size", 101).when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("size"));
            given().queryParam("page", -1).when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("page"));
            given().queryParam("page", "satu").when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("page"));
        }
    }

    @Test
    @TestSecurity(user = "pelatih.halaman", roles = "trainer")
    void complaintsPageOldestFirstWithinTheCallersScope() {
        List<String> submitted = new ArrayList<>();
        for (int minute = 0; minute < 3; minute++) {
            at("2027-03-03T10:0" + minute);
            Map<String, Object> body = Bodies.complaint();
            body.put("service", "TRAINING");
            submitted.add(given().contentType(ContentType.JSON).body(body).when().post("/api/helpdesk/complaints")
                    .then().statusCode(201).extract().path("id"));
        }
        List<String> all = given().queryParam("size", 100).when().get("/api/helpdesk/complaints").then()
                .statusCode(200).extract().path("items.id");
        assertThat(all).as("oldest first").containsSubsequence(submitted);
        int total = given().queryParam("size", 1).when().get("/api/helpdesk/complaints").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).extract().path("total");
        assertThat(total).isEqualTo(all.size());
    }

    private static String escalated() {
        String id = open();
        escalate(id).statusCode(200);
        return id;
    }

    private void at(String localTime) {
        clock.set(OffsetDateTime.parse(localTime + ":00+07:00"));
    }
}
