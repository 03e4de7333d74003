package id.go.madiunkota.training.service;

import id.go.madiunkota.training.entity.Registration;

/**
 * A registration with where it stands in its session's queue.
 *
 * @param waitlistPosition place on the waitlist (1 is promoted first), or null when not waitlisted
 */
public record PlacedRegistration(Registration registration, Integer waitlistPosition) {
}
