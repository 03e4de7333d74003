package id.go.madiunkota.common.input;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** A resource whose parameters are declared on its interface. Tests only. */
public interface QueryTestApi {

    @GET
    @Path("/declared")
    Map<String, Object> declared(@QueryParam("code") String code);
}
