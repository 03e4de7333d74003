package id.go.madiunkota.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /keluar}: a logged-in citizen's "Keluar" never reaches this class (quarkus-oidc ends the session there and
 * sends the browser through Keycloak's logout back home, {@code quarkus.oidc.logout.path}); a visitor whose session
 * had already ended lands here and simply goes home.
 */
@Path("/keluar")
public class LogoutPage {

    @POST
    public Response afterSessionEnded() {
        return home();
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/")).build();
    }
}
