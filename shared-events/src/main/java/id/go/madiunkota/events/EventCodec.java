package id.go.madiunkota.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads and writes event payloads as JSON with a mapper of its own (independent of the REST one): dates as ISO
 * strings, and unknown fields ignored on reading, so that producers can add fields without breaking consumers.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventCodec() {
    }

    /** The payload as JSON text. */
    public static String toJson(EventPayload payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + payload.getClass().getName() + " as JSON", e);
        }
    }

    /** A payload of a known class from JSON. */
    public static <P extends EventPayload> P fromJson(byte[] json, Class<P> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + type.getName() + " from JSON", e);
        }
    }

    /**
     * The event in a Kafka record written by the outbox relay, or empty when its type is not one this build knows
     * (a newer producer's event: skip it). Fails for a record that is not a CloudEvent at all.
     */
    public static Optional<DomainEvent> decode(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String type = required(headers, CloudEventHeaders.TYPE);
        Optional<Class<? extends EventPayload>> payloadClass = EventCatalog.byType(type);
        if (payloadClass.isEmpty()) {
            return Optional.empty();
        }
        EventType meta = DomainEvent.metaOf(payloadClass.get());
        return Optional.of(new DomainEvent(
                UUID.fromString(required(headers, CloudEventHeaders.ID)),
                type,
                meta.version(),
                Instant.parse(required(headers, CloudEventHeaders.TIME)),
                meta.aggregate(),
                required(headers, CloudEventHeaders.SUBJECT),
                fromJson(record.value(), payloadClass.get())));
    }

    /** The value of a header as text, or null when absent. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Not a CloudEvent: header " + name + " is missing");
        }
        return value;
    }
}
