/**
 * Events of verification-service about providers and their in-person verifications, published to the topic {@code
 * verification.events}. Every payload here is listed in {@link id.go.madiunkota.events.EventCatalog} and has a JSON
 * Schema under {@code schemas/}.
 */
package id.go.madiunkota.events.verification;
