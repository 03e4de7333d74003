package id.go.madiunkota.events.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning with a fresh consumer group, as an independent observer of what was published. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Every record of {@code topic} that matches {@code filter}, read until {@code done} holds for what was
     * collected or {@code timeout} passes.
     */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> filter, Predicate<List<ConsumerRecord<String, byte[]>>> done,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> collected = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(collected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        collected.add(record);
                    }
                }
            }
        }
        return collected;
    }

    /**
     * Every record of {@code topic} that matches {@code filter}, repeats included: read until {@code enough} holds for
     * what was collected and then no further matching record has come for {@code quiet}, or {@code timeout} passes.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntilQuiet(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> filter, Predicate<List<ConsumerRecord<String, byte[]>>> enough,
            Duration quiet, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> collected = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastMatch = System.nanoTime();
            while (System.nanoTime() < deadline
                    && !(enough.test(collected) && System.nanoTime() - lastMatch >= quiet.toNanos())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        collected.add(record);
                        lastMatch = System.nanoTime();
                    }
                }
            }
        }
        return collected;
    }

    /** The local broker the tests use: KAFKA_BOOTSTRAP_SERVERS, or localhost:9092. */
    public static String localBroker() {
        String fromEnv = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return fromEnv == null || fromEnv.isBlank() ? "localhost:9092" : fromEnv;
    }
}
