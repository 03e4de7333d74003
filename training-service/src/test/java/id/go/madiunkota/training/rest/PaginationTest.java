package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.InvitationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every list is a page {items, page, size, total}, in its stated order, and the pages together hold the list. */
@QuarkusTest
@TestSecurity(user = "trainer-1", roles = "trainer")
class PaginationTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    /** The first Monday of September of this class's year: a working week of the seeded calendar. */
    private static final LocalDate MONDAY = LocalDate.of(YEAR, 9, 1)
            .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

    @Inject
    CalendarCopyService calendar;

    @Inject
    InvitationService invitations;

    @Inject
    TestClock clock;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theScheduleIsPagedEarliestFirstAndFiltersByAudience() {
        List<String> providers = new ArrayList<>();
        for (int d = 4; d >= 0; d--) { // scheduled latest first: the order comes from the dates, not the arrival
            String audience = d == 2 ? "PROCUREMENT_OFFICIAL" : "PROVIDER";
            String id = TrainingFixtures.schedule(TrainingFixtures.session(audience, MONDAY.plusDays(d), 3, 10));
            if (d != 2) {
                providers.add(0, id);
            }
        }
        Map<String, String> week = Map.of("from", MONDAY.toString(), "to", MONDAY.plusDays(4).toString(),
                "audience", "PROVIDER");
        given().queryParams(week).queryParam("size", 3).when().get("/api/training/sessions").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(3)).body("total", equalTo(4))
                .body("items.id", contains(providers.get(0), providers.get(1), providers.get(2)))
                .body("items.audience", contains("PROVIDER", "PROVIDER", "PROVIDER"));
        given().queryParams(week).queryParam("size", 3).queryParam("page", 1).when().get("/api/training/sessions")
                .then().statusCode(200).body("page", equalTo(1)).body("total", equalTo(4))
                .body("items.id", contains(providers.get(3)));
        given().queryParams(week).queryParam("size", 3).queryParam("page", 2).when().get("/api/training/sessions")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(4));
        given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(4).toString())
                .when().get("/api/training/sessions").then().statusCode(200).body("total", equalTo(5))
                .body("size", equalTo(20)).body("items[2].audience", equalTo("PROCUREMENT_OFFICIAL"));
    }

    @Test
    void registrationsArePagedInArrivalOrderAndFilteredByStatus() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", MONDAY.plusWeeks(1), 3, 3));
        List<String> arrived = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            arrived.add(given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Halaman " + i))
                    .when().post("/api/training/sessions/" + session + "/registrations")
                    .then().statusCode(201).extract().path("id"));
        }
        String path = "/api/training/sessions/" + session + "/registrations";
        given().queryParam("size", 2).when().get(path).then().statusCode(200)
                .body("total", equalTo(5)).body("items.id", contains(arrived.get(0), arrived.get(1)));
        given().queryParam("size", 2).queryParam("page", 2).when().get(path).then().statusCode(200)
                .body("items.id", contains(arrived.get(4)));
        given().when().get(path).then().statusCode(200).body("size", equalTo(20)).body("items", hasSize(5));
        given().queryParam("status", "WAITLISTED").when().get(path).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(arrived.get(3), arrived.get(4)))
                .body("items.waitlistPosition", contains(1, 2));
        given().queryParam("status", "CONFIRMED").queryParam("size", 1).queryParam("page", 1).when().get(path)
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains(arrived.get(1)));
    }

    @Test
    void theAttendanceListIsPagedInSigningOrder() {
        LocalDate day = MONDAY.plusWeeks(2);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 10));
        List<String> registered = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            registered.add(given().contentType(ContentType.JSON).body(TrainingFixtures.provider("Hadir " + i))
                    .when().post("/api/training/sessions/" + session + "/registrations")
                    .then().statusCode(201).extract().path("id"));
        }
        String path = "/api/training/sessions/" + session + "/attendance";
        given().when().get(path).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        // they sign in the reverse order of registering, one minute apart
        for (int i = 3; i >= 1; i--) {
            clock.set(OffsetDateTime.of(day.atTime(9, 3 - i), ZoneOffset.ofHours(7)));
            given().contentType(ContentType.JSON).body(Map.of("registrationId", registered.get(i)))
                    .when().post(path).then().statusCode(200);
        }
        given().queryParam("size", 2).when().get(path).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(registered.get(3), registered.get(2)))
                .body("items.status", contains("ATTENDED", "ATTENDED"));
        given().queryParam("size", 2).queryParam("page", 1).when().get(path).then().statusCode(200)
                .body("items.id", contains(registered.get(1)));
        given().queryParam("size", 0).when().get(path).then().statusCode(400);
        given().queryParam("page", -1).when().get(path).then().statusCode(400);
    }

    @Test
    void invitationsArePagedNewestActivationFirst() {
        List<UUID> providers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < providers.size(); i++) {
            // activated far in the future, so that these are the newest of the whole test database
            ProviderActivated activated = new ProviderActivated(providers.get(i), UUID.randomUUID(), "CV Halaman " + i,
                    "CV", Instant.parse("2199-01-01T00:00:00Z").plusSeconds(60L * i));
            QuarkusTransaction.requiringNew().run(() -> invitations.providerActivated(activated));
        }
        List<String> first = given().queryParam("size", 2).when().get("/api/training/invitations").then()
                .statusCode(200).body("size", equalTo(2)).extract().path("items.providerId");
        assertThat(first).containsExactly(providers.get(2).toString(), providers.get(1).toString());
        int total = given().queryParam("size", 2).when().get("/api/training/invitations").then().extract()
                .path("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        given().queryParam("size", 2).queryParam("page", 1).when().get("/api/training/invitations").then()
                .statusCode(200).body("items[0].providerId", equalTo(providers.get(0).toString()));
        given().queryParam("providerId", providers.get(1).toString()).when().get("/api/training/invitations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].companyName",
                        equalTo("CV Halaman 1"));
        given().queryParam("size", 101).when().get("/api/training/invitations").then().statusCode(400);
    }
}
