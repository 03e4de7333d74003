package id.go.madiunkota.ppid.service;

import io.quarkus.security.identity.SecurityIdentity;

/** Who makes a call: anonymous, a citizen (by token subject), or staff, as the service's rules need to know. */
public record Caller(String subject, boolean anonymous, boolean citizen, boolean officer, boolean staff) {

    /** Roles that see every request. */
    private static final String[] STAFF_ROLES = {"ppid-officer", "ppid-superior", "auditor"};

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller(null, true, false, false, false);
        }
        boolean staff = false;
        for (String role : STAFF_ROLES) {
            staff |= identity.hasRole(role);
        }
        return new Caller(identity.getPrincipal().getName(), false, identity.hasRole("citizen"),
                identity.hasRole("ppid-officer"), staff);
    }
}
