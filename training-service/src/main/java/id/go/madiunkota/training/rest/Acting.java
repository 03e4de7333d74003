package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.training.entity.Actor;

/** Who acts in a request, as the records store it: the caller's subject and display name; null when anonymous. */
final class Acting {

    private Acting() {
    }

    static Actor of(Caller caller) {
        return caller.anonymous() ? null : new Actor(caller.subject(), caller.displayName());
    }
}
