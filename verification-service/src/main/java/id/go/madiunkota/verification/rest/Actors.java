package id.go.madiunkota.verification.rest;

import id.go.madiunkota.verification.entity.Actor;

/** Staff in answers: by display name, never by the token's subject (a Keycloak UUID says nothing to a supervisor). */
final class Actors {

    private Actors() {
    }

    /** The display name at the time of the action; the subject only on a record from before names were kept. */
    static String name(Actor actor) {
        if (actor == null) {
            return null;
        }
        return actor.name() != null ? actor.name() : actor.subject();
    }
}
