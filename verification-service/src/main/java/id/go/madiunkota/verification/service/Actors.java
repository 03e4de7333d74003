package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.entity.Actor;

/** The caller as recorded on what they do: subject and display name at the time. */
final class Actors {

    private Actors() {
    }

    static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.displayName());
    }
}
