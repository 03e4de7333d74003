package id.go.madiunkota.verification.service;

import io.quarkus.security.identity.SecurityIdentity;

/** The login of the staff member making a call, as recorded on what they do. */
public record Caller(String login) {

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
    }
}
