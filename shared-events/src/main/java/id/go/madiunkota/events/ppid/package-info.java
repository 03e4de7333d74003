/**
 * Events of ppid-service about information requests, objections, disputes and the working-day calendar, published to
 * the topic {@code ppid.events}. Every payload here is listed in {@link id.go.madiunkota.events.EventCatalog} and has a
 * JSON Schema under {@code schemas/}.
 */
package id.go.madiunkota.events.ppid;
