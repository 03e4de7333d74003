package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.entity.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who acts in a request, as the records store it; null for an anonymous caller. */
final class Acting {

    private Acting() {
    }

    static Actor of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        String principal = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String subject = token.getSubject() == null ? principal : token.getSubject();
            String name = token.getClaim("preferred_username");
            return new Actor(subject, name == null ? principal : name);
        }
        return new Actor(principal, principal);
    }
}
