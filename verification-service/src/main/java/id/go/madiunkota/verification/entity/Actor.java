package id.go.madiunkota.verification.entity;

import jakarta.persistence.Embeddable;

/**
 * Who did something, as recorded at the time: the token's stable subject (what events carry) and the display name
 * (what answers show; a renamed account keeps its old name on what it did before).
 *
 * @param subject the token's {@code sub} claim
 * @param name the {@code preferred_username} at the time of the action
 */
@Embeddable
public record Actor(String subject, String name) {
}
