package id.go.madiunkota.helpdesk.entity;

import jakarta.persistence.Embeddable;

/**
 * A staff member as a record names them: the token's stable subject (what events carry and queues are keyed by) and
 * the display name at the time of the action (what answers show). Each use maps both to columns of its own.
 */
@Embeddable
public record Staff(String subject, String name) {
}
