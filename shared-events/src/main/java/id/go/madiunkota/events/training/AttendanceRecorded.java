package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a participant's presence is recorded on a session's attendance list (daftar hadir).
 *
 * @param registrationId the registration's id
 * @param sessionId id of the session
 * @param recordedAt when the attendance was recorded
 */
@EventType(service = "training", name = "AttendanceRecorded", aggregate = "Registration")
@JsonClassDescription("Published when a participant's presence is recorded on a session's attendance list (daftar"
        + " hadir).")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceRecorded(
        UUID registrationId,
        UUID sessionId,
        Instant recordedAt) implements EventPayload {
}
