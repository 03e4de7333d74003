package id.go.madiunkota.verification.service;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** Stand-in for service-common's Caller until that branch is merged (same shape). */
public record Caller(String subject, String displayName, Set<String> roles) {

    public static Caller of(SecurityIdentity identity) {
        String name = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Caller(name, name, identity.getRoles());
    }
}
