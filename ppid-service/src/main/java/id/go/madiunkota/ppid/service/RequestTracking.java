package id.go.madiunkota.ppid.service;

import id.go.madiunkota.ppid.entity.Objection;

/**
 * What tracking reads about a request: the request on the day and its newest objection.
 *
 * @param reading the request as read today
 * @param latestObjection the newest objection about it, or null
 */
public record RequestTracking(RequestReading reading, Objection latestObjection) {
}
