package id.go.madiunkota.portal;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at the page: anonymous, or a citizen logged in through Keycloak (the session cookie of the
 * authorization code flow, checked on every request, so a public page knows the citizen too). A page that calls the
 * gateway passes {@link #token()} so that, logged in, the API knows the owner (a request filed so is the citizen's
 * own).
 */
@RequestScoped
public class Visitor {

    private final SecurityIdentity identity;

    public Visitor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The access token to send to the gateway as Bearer, or null when anonymous. */
    public String token() {
        if (identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        return access == null ? null : access.getToken();
    }

    /** Whether the visitor is logged in with the realm role {@code role} (from the access token). */
    public boolean has(String role) {
        return loggedIn() && identity.hasRole(role);
    }

    /** Whether the visitor works at the office: holds one of the staff roles of {@link OfficeRoles}. */
    public boolean staff() {
        return OfficeRoles.STAFF.stream().anyMatch(this::has);
    }

    /** Whether the visitor is logged in. */
    public boolean loggedIn() {
        return token() != null;
    }

    /**
     * The name to greet a logged-in visitor with: the ID token's {@code name} (first and last name in Keycloak), else
     * the given name, else the user name; null when anonymous.
     */
    public String name() {
        if (!loggedIn()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : new String[] {"name", "given_name", "preferred_username"}) {
                Object value = token.getClaim(claim);
                String text = value instanceof JsonString json ? json.getString()
                        : value == null ? null : value.toString();
                if (text != null && !text.isBlank()) {
                    return text.strip();
                }
            }
        }
        return identity.getPrincipal().getName();
    }
}
