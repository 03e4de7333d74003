package id.go.madiunkota.training.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.Topics;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.events.support.TopicReader;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.WorkingDays;
import id.go.madiunkota.events.support.EventProducer;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A poison record on the real broker for each real consumer (invitations from verification.ProviderActivated, the
 * calendar copy from ppid.CalendarChanged): it lands on the consumer's dead-letter topic with its error, the consumer
 * goes on with the next record of the same key (so of the same partition), and that one takes effect once, however
 * often it comes. Ids, keys, consumer groups and dead-letter topics are this run's own ({@link OwnConsumerGroups}), so
 * other consumers on the shared broker cannot confuse the assertions.
 */
@QuarkusTest
@TestProfile(OwnConsumerGroups.class)
class DeadLettersOnKafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final byte[] POISON = "{\"providerId\": not json".getBytes(StandardCharsets.UTF_8);

    @Inject
    CalendarCopyService calendar;

    @Inject
    WorkingDays workingDays;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void consumersRead() {
        ConsumersReading.await(dataSource, workingDays);
    }

    @Test
    void aPoisonActivationIsDeadLetteredAndTheNextActivationInvitesOnce() {
        UUID provider = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        UUID validId = UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = poisoned(activated(provider, poisonId));
        ProducerRecord<String, byte[]> valid = activated(provider, validId);
        EventProducer.send(poison, valid, valid);

        await().atMost(PATIENCE).until(() -> processed(validId) == 1);
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(OwnConsumerGroups.INVITATIONS_DLQ, poisonId);
        assertThat(dead).hasSize(1);
        assertDeadLetter(dead.getFirst(), provider.toString(), Topics.VERIFICATION);
        assertThat(processed(poisonId)).as("the poison is not recorded as applied").isZero();
        UUID later = UUID.randomUUID();
        EventProducer.send(activated(provider, later));
        await().atMost(PATIENCE).until(() -> processed(later) == 1);
        assertThat(invitations(provider)).as("the valid event, twice, and a later one invite once").isEqualTo(1);
    }

    @Test
    void aPoisonCalendarChangeIsDeadLetteredAndTheNextChangeApplies() {
        int year = TrainingFixtures.freshYear();
        TrainingFixtures.seedCalendar(calendar, year);
        int base = 2_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        String key = "calendar-" + UUID.randomUUID();
        LocalDate day = nextWeekday(LocalDate.of(year, 9, 1));
        UUID poisonId = UUID.randomUUID();
        UUID validId = UUID.randomUUID();
        ProducerRecord<String, byte[]> valid = calendarChange("ADDED", day, base + 1, key, validId);
        EventProducer.send(poisoned(calendarChange("REMOVED", day, base + 2, key, poisonId)), valid, valid);

        await().atMost(PATIENCE).until(() -> processed(validId) == 1);
        assertThat(workingDays.isWorkingDay(day)).as("the valid change after the poison applied").isFalse();
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(OwnConsumerGroups.CALENDAR_DLQ, poisonId);
        assertThat(dead).hasSize(1);
        assertDeadLetter(dead.getFirst(), key, Topics.PPID);
        assertThat(processed(poisonId)).isZero();
        assertThat(calendar.status(year).calendarVersion()).as("the poison's newer version was not taken")
                .isEqualTo(base + 1);
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> dead, String key, String topic) {
        assertThat(dead.key()).isEqualTo(key);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(new String(POISON,
                StandardCharsets.UTF_8));
        assertThat(EventCodec.header(dead.headers(), "dead-letter-topic")).isEqualTo(topic);
        assertThat(EventCodec.header(dead.headers(), "dead-letter-reason")).contains("Cannot read");
        assertThat(EventCodec.header(dead.headers(), "dead-letter-cause")).isNotBlank();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String topic, UUID eventId) {
        return TopicReader.read(TopicReader.localBroker(), topic,
                r -> eventId.toString().equals(EventCodec.header(r.headers(), CloudEventHeaders.ID)),
                found -> !found.isEmpty(), PATIENCE);
    }

    private static ProducerRecord<String, byte[]> activated(UUID provider, UUID eventId) {
        return EventProducer.record(Topics.VERIFICATION, "verification",
                new ProviderActivated(provider, UUID.randomUUID(), "CV Uji Racun", "CV", Instant.now()), provider,
                eventId);
    }

    private static ProducerRecord<String, byte[]> calendarChange(String change, LocalDate day, int version,
            String key, UUID eventId) {
        ProducerRecord<String, byte[]> record = EventProducer.record(Topics.PPID, "ppid",
                new CalendarChanged(change, day, "AD_HOC", String.valueOf(version), "Uji surat mati"), "calendar",
                eventId);
        return new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers());
    }

    /** The record with its headers (a CloudEvent of a known type) but a body that is no JSON. */
    private static ProducerRecord<String, byte[]> poisoned(ProducerRecord<String, byte[]> record) {
        return new ProducerRecord<>(record.topic(), null, record.key(), POISON, record.headers());
    }

    private static LocalDate nextWeekday(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    private long invitations(UUID provider) {
        return Counts.of(dataSource, "SELECT count(*) FROM invitation WHERE provider_id = ?", provider);
    }

    private long processed(UUID eventId) {
        return Counts.of(dataSource, "SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }
}
