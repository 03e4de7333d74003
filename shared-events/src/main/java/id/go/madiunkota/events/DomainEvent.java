package id.go.madiunkota.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: the envelope attributes (which become CloudEvents headers on Kafka) and the payload
 * (which becomes the message value).
 *
 * @param eventId unique id; consumers use it to apply an event once
 * @param type {@code service.Name}, such as {@code ppid.RequestReceived}
 * @param version the payload's schema version
 * @param occurredAt when the change happened
 * @param aggregateType the kind of aggregate, such as InformationRequest
 * @param aggregateId the aggregate's id; the Kafka key, so one aggregate's events stay in order
 * @param payload the event's data
 */
public record DomainEvent(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        EventPayload payload) {

    public DomainEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * A new event for {@code payload} about the aggregate {@code aggregateId}, with a fresh id. The time is kept to
     * the microsecond, as PostgreSQL stores it, so the event equals what is read back.
     */
    public static DomainEvent of(EventPayload payload, Object aggregateId, Instant occurredAt) {
        EventType meta = metaOf(payload.getClass());
        return new DomainEvent(UUID.randomUUID(), typeOf(meta), meta.version(),
                occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS), meta.aggregate(),
                String.valueOf(aggregateId), payload);
    }

    /** The {@link EventType} of a payload class; fails for a class that is not an event. */
    public static EventType metaOf(Class<?> payloadClass) {
        EventType meta = payloadClass.getAnnotation(EventType.class);
        if (meta == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not annotated with @EventType");
        }
        return meta;
    }

    /** {@code service.Name} of an event type. */
    public static String typeOf(EventType meta) {
        return meta.service() + "." + meta.name();
    }

    /** The service segment of the type: {@code ppid} for {@code ppid.RequestReceived}. */
    public String service() {
        return type.substring(0, type.indexOf('.'));
    }
}
