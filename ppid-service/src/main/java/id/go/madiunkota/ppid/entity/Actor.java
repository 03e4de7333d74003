package id.go.madiunkota.ppid.entity;

import java.util.Objects;

/**
 * Who did something, as a record keeps it: the token's stable subject, and the display name at the time of the
 * action (what answers show).
 *
 * @param subject the token subject
 * @param name the display name
 */
public record Actor(String subject, String name) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        name = name == null ? subject : name;
    }
}
