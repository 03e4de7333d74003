package id.go.madiunkota.training.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.Topics;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.events.support.TopicReader;
import id.go.madiunkota.events.training.ParticipantRegistered;
import id.go.madiunkota.events.training.ProviderInvited;
import id.go.madiunkota.events.training.TrainingScheduled;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.WorkingDays;
import id.go.madiunkota.events.support.EventProducer;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's events through the real broker: what it publishes arrives on {@code training.events} without personal
 * data; what it consumes (ppid.CalendarChanged, verification.ProviderActivated) is fed as CloudEvent records, with
 * duplicates and out-of-order versions, to consumers in groups of their own ({@link OwnConsumerGroups}).
 */
@QuarkusTest
@TestProfile(OwnConsumerGroups.class)
class EventsOnKafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void scheduledSessionsAndRegistrationsArePublishedWithoutPersonalData() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 1), 3, 10));
        String registration = given().contentType(ContentType.JSON)
                .body(TrainingFixtures.provider("Nama Rahasia Peserta"))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(TopicReader.localBroker(), Topics.TRAINING,
                r -> session.equals(r.key()) || registration.equals(r.key()), found -> found.size() >= 2, PATIENCE);

        assertThat(published).extracting(r -> EventCodec.header(r.headers(), CloudEventHeaders.TYPE))
                .contains("training.TrainingScheduled", "training.ParticipantRegistered");
        ConsumerRecord<String, byte[]> scheduled = published.stream().filter(r -> session.equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(EventCodec.fromJson(scheduled.value(), TrainingScheduled.class).capacity()).isEqualTo(10);
        ConsumerRecord<String, byte[]> registered = published.stream().filter(r -> registration.equals(r.key()))
                .findFirst().orElseThrow();
        ParticipantRegistered event = EventCodec.fromJson(registered.value(), ParticipantRegistered.class);
        assertThat(event.status()).isEqualTo("CONFIRMED");
        assertThat(event.attempt()).isEqualTo(1);
        String json = new String(registered.value(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Nama Rahasia Peserta", "081234567890", "peserta@majujaya.co.id");
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theSameProviderActivatedTwiceGivesOneInvitation() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, 10));
        UUID provider = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, byte[]> activated = EventProducer.record(Topics.VERIFICATION, "verification",
                new ProviderActivated(provider, UUID.randomUUID(), "CV Uji Coba", "CV", Instant.now()), provider,
                eventId);
        EventProducer.send(activated, activated);
        await().atMost(PATIENCE).until(() -> invitations(provider) == 1);
        await().atMost(PATIENCE).until(() -> processed(eventId) == 1);
        // a later record for the same provider with a new event id (a re-delivery by a retrying producer), on the same
        // key and so the same partition: once it is processed, everything before it is too, and still one invitation
        UUID later = UUID.randomUUID();
        EventProducer.send(EventProducer.record(Topics.VERIFICATION, "verification",
                new ProviderActivated(provider, UUID.randomUUID(), "CV Uji Coba", "CV", Instant.now()), provider,
                later));
        await().atMost(PATIENCE).until(() -> processed(later) == 1);
        assertThat(invitations(provider)).isEqualTo(1);
        given().queryParam("providerId", provider.toString()).when().get("/api/training/invitations")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("INVITED"))
                .body("items[0].sessionId", notNullValue())
                .body("items[0].companyName", equalTo("CV Uji Coba"));
        String invitedTo = given().queryParam("providerId", provider.toString()).when()
                .get("/api/training/invitations").then().extract().path("items[0].sessionId");
        List<ConsumerRecord<String, byte[]>> invited = TopicReader.read(TopicReader.localBroker(), Topics.TRAINING,
                r -> invitedTo.equals(r.key()) && "training.ProviderInvited".equals(
                        EventCodec.header(r.headers(), CloudEventHeaders.TYPE))
                        && provider.equals(EventCodec.fromJson(r.value(), ProviderInvited.class).providerId()),
                found -> !found.isEmpty(), PATIENCE);
        assertThat(invited).hasSize(1);
        assertThat(session).isNotBlank();
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void anOlderCalendarChangeArrivingLateDoesNotUndoANewerOne() {
        int year = TrainingFixtures.freshYear();
        TrainingFixtures.seedCalendar(calendar, year);
        // a Thursday after 1 June: 1 June is a holiday by law in every year, which no calendar change can remove
        LocalDate day = LocalDate.of(year, 6, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate markerDay = day.plusDays(1);
        int base = 1_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        ProducerRecord<String, byte[]> added = calendarChange("ADDED", day, base + 2);
        EventProducer.send(added, calendarChange("REMOVED", day, base + 1), added,
                calendarChange("ADDED", markerDay, base + 3));

        await().atMost(PATIENCE).until(() -> !workingDays.isWorkingDay(markerDay));
        assertThat(workingDays.isWorkingDay(day)).as("the older REMOVED came later and is ignored").isFalse();
        given().contentType(ContentType.JSON).body(TrainingFixtures.session("PROVIDER", day, 3, 10))
                .when().post("/api/training/sessions")
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("bukan hari kerja"));

        // A newer removal does apply: the day is worked again and a session may be scheduled on it.
        EventProducer.send(calendarChange("REMOVED", day, base + 4));
        await().atMost(PATIENCE).until(() -> workingDays.isWorkingDay(day));
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 10));
        assertThat(calendar.status(year).calendarVersion()).isGreaterThanOrEqualTo(base + 4);

        // The day is made non-working again: the session on it is cancelled and its registrants notified.
        EventProducer.send(calendarChange("ADDED", day, base + 5));
        await().atMost(PATIENCE).until(() -> "CANCELLED".equals(given().when()
                .get("/api/training/sessions/" + session).then().extract().path("status")));
        given().when().get("/api/training/sessions/" + session).then()
                .body("cancelReason", org.hamcrest.Matchers.startsWith("NON_WORKING_DAY"));
    }

    private static ProducerRecord<String, byte[]> calendarChange(String change, LocalDate day, int version) {
        return EventProducer.record(Topics.PPID, "ppid", new CalendarChanged(change, day, "AD_HOC",
                String.valueOf(version), "Uji urutan peristiwa"), "calendar", UUID.randomUUID());
    }

    private long invitations(UUID provider) {
        return count("SELECT count(*) FROM invitation WHERE provider_id = ?", provider);
    }

    private long processed(UUID eventId) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }

    private long count(String sql, UUID id) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
