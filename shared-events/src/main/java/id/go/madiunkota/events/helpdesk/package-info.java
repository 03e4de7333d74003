/**
 * Events of helpdesk-service about LPSE helpdesk consultations, their LKPP escalations and callbacks, and complaints,
 * published to the topic {@code helpdesk.events}. Every payload here is listed in {@link
 * id.go.madiunkota.events.EventCatalog} and has a JSON Schema under {@code schemas/}.
 */
package id.go.madiunkota.events.helpdesk;
