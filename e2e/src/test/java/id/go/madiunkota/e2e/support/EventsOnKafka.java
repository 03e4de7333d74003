package id.go.madiunkota.e2e.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic on the real broker as an independent observer: a plain KafkaConsumer with a fresh group id, from the
 * earliest offset, keeping the records a filter accepts.
 */
public final class EventsOnKafka {

    /** A record as read: key (the aggregate id), CloudEvent type (header {@code ce_type}) and the JSON payload. */
    public record Event(String key, String type, String json, int partition, long offset, long timestamp) {
    }

    private EventsOnKafka() {
    }

    /**
     * The records of {@code topic} that {@code filter} accepts, in the order read (which is the publishing order for
     * one key), read until {@code done} holds for them or {@code timeout} passes.
     */
    public static List<Event> read(String topic, Predicate<Event> filter, Predicate<List<Event>> done,
            Duration timeout) {
        List<Event> collected = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(collected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    Event event = new Event(record.key(), header(record, "ce_type"), record.value(),
                            record.partition(), record.offset(), record.timestamp());
                    if (filter.test(event)) {
                        collected.add(event);
                    }
                }
            }
        }
        return collected;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
