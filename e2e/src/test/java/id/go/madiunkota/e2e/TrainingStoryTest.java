package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.support.EventsOnKafka;
import id.go.madiunkota.e2e.support.EventsOnKafka.Event;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Providers;
import id.go.madiunkota.e2e.support.ServiceClock;
import id.go.madiunkota.e2e.support.SuiteClock;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The training story on the real stack, through the gateway only: the trainer schedules a provider session on a
 * working day from 2 days ahead; a provider registered and activated in verification-service shows up as invited
 * (verification.ProviderActivated → Kafka → training-service → training.ProviderInvited), registers online for the
 * session named by the invitation (the next provider session, which may be an earlier one of another run), and the
 * trainer takes the attendance and records the completion.
 *
 * <p>Attendance can be recorded from the session's day on, and registration closes when it starts, so the session is
 * scheduled ahead: the story first checks that attendance before the day is refused (422) and that completing a
 * registration that was not attended is refused (409); then it moves training-service's clock to the session's
 * morning through its management interface ({@link ServiceClock}; the suite's applications run with
 * {@code madiun.clock.movable}), records the attendance and the completion with {@code understood: true}, and puts the
 * clock back.
 */
class TrainingStoryTest {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final String TRAINER = "trainer";
    private static final String PARTICIPANT_NAME = "Siti Rahmawati";
    private static final String PARTICIPANT_PHONE = "081298765432";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anActivatedProviderIsInvitedRegistersAttendsAndCompletes() {
        // 1. The trainer schedules a provider session on the next Tuesday or Wednesday the calendar accepts
        String ourSession = scheduleProviderSession();

        // 2. A new provider is registered, verified and activated in verification-service
        Providers.Activated provider = Providers.activateNew();

        // 3. The invitation arrives through Kafka (ProviderActivated → training-service)
        JsonPath invitation = awaitInvitation(provider.providerId(), Duration.ofSeconds(60));
        assertThat(invitation.getString("status")).isEqualTo("INVITED");
        assertThat(invitation.getString("verificationId")).isEqualTo(provider.verificationId());
        assertThat(invitation.getString("companyName")).isEqualTo(provider.companyName());
        assertThat(invitation.getString("businessForm")).isEqualTo("PT");
        String sessionId = invitation.getString("sessionId");
        assertThat(sessionId).as("the invitation names a session").isNotNull();
        JsonPath session = Gateway.anonymous().when().get("/api/training/sessions/" + sessionId)
                .then().statusCode(200).body("audience", equalTo("PROVIDER")).body("status", equalTo("SCHEDULED"))
                .extract().jsonPath();
        LocalDate sessionDate = LocalDate.parse(session.getString("date"));
        assertThat(invitation.getString("sessionDate")).isEqualTo(session.getString("date"));
        LocalDate ourDate = LocalDate.parse(Gateway.anonymous().when().get("/api/training/sessions/" + ourSession)
                .then().statusCode(200).extract().path("date"));
        assertThat(sessionDate).as("the invitation goes to the next provider session, not a later one")
                .isBeforeOrEqualTo(ourDate);
        // invitations are the trainer's
        Gateway.anonymous().when().get("/api/training/invitations").then().statusCode(401);
        Gateway.as("citizen1").when().get("/api/training/invitations").then().statusCode(403);

        // 4. The provider registers online (anonymous) for the invited session, with its guest-book entry and the
        // participant's NIK (a new person each run: one person holds one place per session, and runs may share one)
        String participantNik = freshNik();
        String guestBook = SuiteClock.now(WIB).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> participant = Map.of("name", PARTICIPANT_NAME, "type", "PROVIDER", "nik", participantNik,
                "organization", provider.companyName(), "providerId", provider.providerId(),
                "phone", PARTICIPANT_PHONE, "email", "siti@sinar-madiun.example.id");
        String registrationId = Gateway.anonymous().contentType(ContentType.JSON)
                .body(Map.of("participant", participant, "guestBookSignedAt", guestBook))
                .when().post("/api/training/sessions/" + sessionId + "/registrations")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("CONFIRMED"))
                .body("sessionId", equalTo(sessionId))
                .body("attempt", equalTo(1))
                .body("participant.providerId", equalTo(provider.providerId()))
                .extract().path("id");
        Gateway.as(TRAINER).when().get("/api/training/sessions/" + sessionId + "/registrations")
                .then().statusCode(200).body("items.id", hasItem(registrationId));
        Gateway.as(TRAINER).when().get("/api/training/registrations/" + registrationId)
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("participant.name", equalTo(PARTICIPANT_NAME))
                .body("participant.type", equalTo("PROVIDER"));
        Gateway.anonymous().when().get("/api/training/registrations/" + registrationId).then().statusCode(401);

        // 5. Attendance and completion. Before the session's day both are refused; then training's clock is moved to
        // the session's morning (its management interface), so the story records them on every run.
        List<String> expectedRegistrationEvents = List.of("training.ParticipantRegistered",
                "training.AttendanceRecorded", "training.TrainingCompleted");
        if (sessionDate.isAfter(SuiteClock.today())) {
            Gateway.as(TRAINER).contentType(ContentType.JSON).body(Map.of("registrationId", registrationId))
                    .when().post("/api/training/sessions/" + sessionId + "/attendance")
                    .then().log().ifValidationFails(LogDetail.BODY).statusCode(422).body("status", equalTo(422));
            Gateway.as(TRAINER).contentType(ContentType.JSON).body(Map.of("understood", true))
                    .when().post("/api/training/registrations/" + registrationId + "/completion")
                    .then().log().ifValidationFails(LogDetail.BODY).statusCode(409).body("status", equalTo(409));
            Gateway.as(TRAINER).when().get("/api/training/registrations/" + registrationId)
                    .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        }
        ServiceClock.moveTo("training", sessionDate.atTime(9, 30).atOffset(WIB));
        try {
            Gateway.as(TRAINER).contentType(ContentType.JSON).body(Map.of("registrationId", registrationId))
                    .when().post("/api/training/sessions/" + sessionId + "/attendance")
                    .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                    .body("status", equalTo("ATTENDED")).body("attendedAt", startsWith(sessionDate.toString()));
            Gateway.as(TRAINER).when().get("/api/training/sessions/" + sessionId + "/attendance")
                    .then().statusCode(200).body("items.id", hasItem(registrationId)); // a page, in signing order
            Gateway.as(TRAINER).contentType(ContentType.JSON).body(Map.of("understood", true))
                    .when().post("/api/training/registrations/" + registrationId + "/completion")
                    .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                    .body("registration.status", equalTo("COMPLETED"))
                    .body("registration.understood", equalTo(true))
                    .body("repeat", org.hamcrest.Matchers.nullValue());
        } finally {
            ServiceClock.putBack("training");
        }
        // only the trainer takes the attendance
        Gateway.as("verifier").contentType(ContentType.JSON).body(Map.of("registrationId", registrationId))
                .when().post("/api/training/sessions/" + sessionId + "/attendance")
                .then().statusCode(403).header(Gateway.DENIED_HEADER, "true");

        // 6. The events on training.events
        int expected = 2 + expectedRegistrationEvents.size();
        List<Event> events = EventsOnKafka.read("training.events",
                e -> e.key().equals(registrationId)
                        || e.key().equals(ourSession) && "training.TrainingScheduled".equals(e.type())
                        || e.key().equals(sessionId) && "training.ProviderInvited".equals(e.type())
                                && e.json().contains(provider.providerId()),
                found -> found.size() >= expected, Duration.ofSeconds(60));
        assertThat(events.stream().filter(e -> e.key().equals(registrationId)).map(Event::type))
                .as("events of registration %s, in order", registrationId)
                .containsExactlyElementsOf(expectedRegistrationEvents);
        assertThat(events.stream().map(Event::type)).as("events of the story")
                .contains("training.TrainingScheduled", "training.ProviderInvited");
        JsonNode invited = json(events.stream().filter(e -> "training.ProviderInvited".equals(e.type()))
                .findFirst().orElseThrow());
        assertThat(List.of(invited.path("providerId").asText(), invited.path("sessionId").asText(),
                invited.path("sessionDate").asText(), invited.path("invitationId").asText()))
                .as("ProviderInvited: providerId, sessionId, sessionDate, invitationId")
                .containsExactly(provider.providerId(), sessionId, sessionDate.toString(),
                        invitation.getString("id"));
        JsonNode registered = json(events.stream().filter(e -> e.key().equals(registrationId)).findFirst()
                .orElseThrow());
        assertThat(List.of(registered.path("sessionId").asText(), registered.path("participantType").asText(),
                registered.path("status").asText())).containsExactly(sessionId, "PROVIDER", "CONFIRMED");
        for (Event event : events) {
            assertThat(event.json()).as("payload of %s", event.type())
                    .doesNotContain(PARTICIPANT_NAME, PARTICIPANT_PHONE, "siti@sinar-madiun.example.id",
                            Providers.DIRECTOR_NIK, Providers.DIRECTOR_NAME, Providers.PHONE, Providers.ADDRESS,
                            provider.npwp(), participantNik);
        }
    }

    /** A valid NIK of Kota Madiun that no earlier run used: a random birth date and serial. */
    private static String freshNik() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("357701%02d%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                random.nextInt(100), 1 + random.nextInt(9_999));
    }

    /**
     * Schedules a provider session 09:00–12:00 WIB on the first Tuesday or Wednesday from 2 days ahead that the
     * training calendar accepts (a holiday or cuti bersama, decreed or predicted, is refused with 422: the next
     * candidate is tried, up to 120 days ahead). "Ahead" counts from the services' today ({@link SuiteClock}).
     */
    private static String scheduleProviderSession() {
        LocalDate today = SuiteClock.today(); // the services' today, on a shifted clock too
        List<String> refusals = new ArrayList<>();
        for (LocalDate day = today.plusDays(2); !day.isAfter(today.plusDays(120)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                continue;
            }
            OffsetDateTime startsAt = OffsetDateTime.of(day, LocalTime.of(9, 0), WIB);
            Response response = Gateway.as(TRAINER).contentType(ContentType.JSON)
                    .body(Map.of("title", "Pelatihan SPSE untuk Penyedia (e2e)", "audience", "PROVIDER",
                            "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(3).toString(),
                            "room", "Ruang Pelatihan LPSE, Lantai 2", "capacity", 30,
                            "trainer", "Agus Prasetyo, S.Kom."))
                    .when().post("/api/training/sessions");
            if (response.statusCode() == 201) {
                response.then().body("status", equalTo("SCHEDULED")).body("audience", equalTo("PROVIDER"))
                        .body("date", equalTo(day.toString())).body("capacity", equalTo(30))
                        .body("placesLeft", equalTo(30));
                return response.path("id");
            }
            assertThat(response.statusCode()).as("scheduling on %s: %s", day, response.asString()).isEqualTo(422);
            refusals.add(day + ": " + response.path("detail"));
        }
        throw new AssertionError("no Tuesday or Wednesday 2–120 days ahead was accepted (is next year's calendar loaded"
                + " in ppid-service? training refuses years it has no calendar for): " + refusals);
    }

    /** Polls the trainer's invitations for the provider until it is invited, at most {@code timeout}. */
    private static JsonPath awaitInvitation(String providerId, Duration timeout) {
        JsonPath page = await().atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> Gateway.as(TRAINER).queryParam("providerId", providerId)
                        .when().get("/api/training/invitations")
                        .then().statusCode(200).extract().jsonPath(),
                        invitations -> invitations.getInt("total") > 0
                                && "INVITED".equals(invitations.getString("items[0].status")));
        assertThat(page.getInt("total")).as("one invitation per provider").isEqualTo(1);
        return new JsonPath(jsonOf(page.getMap("items[0]")));
    }

    private static String jsonOf(Map<String, Object> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(Event event) {
        try {
            return JSON.readTree(event.json());
        } catch (IOException e) {
            throw new AssertionError("payload of " + event.type() + " is not JSON: " + event.json(), e);
        }
    }
}
