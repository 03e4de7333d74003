package id.go.madiunkota.training.service;

import id.go.madiunkota.training.entity.TrainingSession;

/**
 * A session with the figures the public schedule shows next to it.
 *
 * @param placesTaken registrations holding a place (pending their decree, confirmed, attended or completed)
 * @param waitlisted registrations waiting for a place
 * @param calendarProvisional the session's year runs on the predicted holidays (its decree is not in the copy yet)
 */
public record SessionOverview(TrainingSession session, long placesTaken, long waitlisted,
        boolean calendarProvisional) {

    /** Places not taken yet; 0 when full (new registrations then go to the waitlist). */
    public long placesLeft() {
        return Math.max(0, session.capacity() - placesTaken);
    }
}
