package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.helpdesk.entity.Staff;
import io.quarkus.security.identity.SecurityIdentity;

/** The calling staff member as records name them: the token's subject and the display name at this moment. */
final class CallerStaff {

    private CallerStaff() {
    }

    static Staff of(SecurityIdentity identity) {
        Caller caller = Caller.of(identity);
        return new Staff(caller.subject(), caller.displayName());
    }
}
