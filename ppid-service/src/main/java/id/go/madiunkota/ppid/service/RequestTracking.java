package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.entity.Objection;
import java.time.LocalDate;

/**
 * What tracking reads about a request: the request on the day and its newest objection.
 *
 * @param reading the request as read today
 * @param latestObjection the newest objection about it, or null
 * @param objectionDueDate the last day to file an objection (30 working days after its ground arose), or null while
 *     no ground has arisen
 */
public record RequestTracking(RequestReading reading, Objection latestObjection, LocalDate objectionDueDate) {
}
