package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.entity.Staff;
import io.quarkus.security.identity.SecurityIdentity;

/** The calling staff member as records name them: subject and display name. */
final class CallerStaff {

    private CallerStaff() {
    }

    static Staff of(SecurityIdentity identity) {
        String name = identity.getPrincipal().getName();
        return new Staff(name, name);
    }
}
