/**
 * Events of training-service about SPSE training sessions, registrations, attendance and invitations, published to the
 * topic {@code training.events}. Every payload here is listed in {@link id.go.madiunkota.events.EventCatalog} and has a
 * JSON Schema under {@code schemas/}.
 */
package id.go.madiunkota.events.training;
