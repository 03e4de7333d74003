package id.go.madiunkota.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who acted: the token's stable subject (what events and audits refer to) and the display name at the time of the
 * action (what answers show a supervisor, instead of a Keycloak id).
 */
@Embeddable
public class Actor {

    @Column(name = "subject")
    private String subject;
    @Column(name = "name")
    private String name;

    protected Actor() {
    }

    public Actor(String subject, String name) {
        this.subject = subject;
        this.name = name;
    }

    public String subject() { return subject; }
    public String name() { return name; }

    /** The display name of {@code actor}, or null when nobody (anonymous, or the service itself) acted. */
    public static String nameOf(Actor actor) {
        return actor == null ? null : actor.name;
    }

    /** The subject of {@code actor}, or null when nobody acted. */
    public static String subjectOf(Actor actor) {
        return actor == null ? null : actor.subject;
    }
}
