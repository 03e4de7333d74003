package id.go.madiunkota.events;

/**
 * The payload of a domain event: a record annotated with {@link EventType}. Payloads carry ids, registration
 * numbers, statuses and dates only, never personal data (no NIK, phone number, address or name of a person).
 */
public interface EventPayload {
}
