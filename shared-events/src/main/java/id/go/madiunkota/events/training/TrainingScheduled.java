package id.go.madiunkota.events.training;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.madiunkota.events.EventPayload;
import id.go.madiunkota.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a training session is scheduled and appears on the public schedule.
 *
 * @param sessionId the session's id
 * @param title the session's title
 * @param audience PROVIDER or PROCUREMENT_OFFICIAL
 * @param date the session's day (Asia/Jakarta), always a working day
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param room the room
 * @param capacity number of places
 */
@EventType(service = "training", name = "TrainingScheduled", aggregate = "TrainingSession")
@JsonClassDescription("Published when a training session is scheduled and appears on the public schedule.")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingScheduled(
        UUID sessionId,
        String title,
        String audience,
        LocalDate date,
        Instant startsAt,
        Instant endsAt,
        String room,
        int capacity) implements EventPayload {
}
