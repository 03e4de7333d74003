package id.go.madiunkota.events.support;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.DomainEvent;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.EventPayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes another service's event to the real broker as its outbox relay does: a CloudEvent in binary mode. */
public final class EventProducer {

    private EventProducer() {
    }

    /** The record of {@code payload} about {@code aggregateId}, with event id {@code eventId}. */
    public static ProducerRecord<String, byte[]> record(String topic, String service, EventPayload payload,
            Object aggregateId, UUID eventId) {
        DomainEvent event = DomainEvent.of(payload, aggregateId, Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, String.valueOf(aggregateId),
                EventCodec.toJson(payload).getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, eventId.toString());
        header(record, CloudEventHeaders.SOURCE, CloudEventHeaders.source(service));
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SUBJECT, String.valueOf(aggregateId));
        header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(record, CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.dataSchema(event.type(), event.version()));
        header(record, CloudEventHeaders.AGGREGATE_TYPE, event.aggregateType());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    /** Sends the records in order and waits for the broker's acknowledgement. */
    @SafeVarargs
    public static void send(ProducerRecord<String, byte[]>... records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TopicReader.localBroker(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce to the local broker", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
