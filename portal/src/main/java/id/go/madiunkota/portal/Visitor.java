package id.go.madiunkota.portal;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is looking at the page: anonymous, or a citizen logged in through Keycloak. A page that calls the gateway passes
 * {@link #token()} so that, logged in, the API knows the owner (a request filed so is the citizen's own).
 *
 * <p>Until the login is built every visitor is anonymous.
 */
@RequestScoped
public class Visitor {

    /** The access token to send to the gateway, or null when anonymous. */
    public String token() {
        return null;
    }

    /** Whether the visitor is logged in. */
    public boolean loggedIn() {
        return token() != null;
    }

    /** The name to greet a logged-in visitor with, or null. */
    public String name() {
        return null;
    }
}
