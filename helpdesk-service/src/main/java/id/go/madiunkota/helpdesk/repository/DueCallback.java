package id.go.madiunkota.helpdesk.repository;

import java.time.Instant;
import java.util.UUID;

/** A pending callback whose time has come, as the callback watch reads it under lock. */
public record DueCallback(UUID id, UUID consultationId, String agent, Instant dueAt) {
}
