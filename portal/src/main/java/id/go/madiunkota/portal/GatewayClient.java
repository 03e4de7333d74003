package id.go.madiunkota.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's public API, called as any client would (base URL {@code madiun.portal.gateway-url}). */
@RegisterRestClient(configKey = "gateway")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayClient {

    /** The service's current standard; anonymous. */
    @GET
    @Path("/{service}/standard")
    Standard standard(@PathParam("service") String service, @HeaderParam("Accept-Language") String language);
}
