package id.go.madiunkota.common.input;

import id.go.madiunkota.common.web.PageParams;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** Endpoints that read query parameters in each of the ways the services do. Tests only. */
@Path("/query-test")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class QueryTestResource implements QueryTestApi {

    /** A filter as a record of parameters. */
    public record Filter(@RestQuery String status, @QueryParam("from") String since) {
    }

    /** Parameters in a class, one of them nested. */
    public static class Search {

        @QueryParam("q")
        String text;

        @BeanParam
        PageParams paging;

        String notAParameter;
    }

    @GET
    @Path("/plain")
    public Map<String, Object> plain(@QueryParam("q") String q, @RestQuery String status) {
        return Map.of("q", String.valueOf(q), "status", String.valueOf(status));
    }

    @GET
    @Path("/beans")
    public Map<String, Object> beans(@BeanParam Search search, @BeanParam Filter filter) {
        return Map.of("q", String.valueOf(search.text), "page", search.paging.page(), "status",
                String.valueOf(filter.status()), "from", String.valueOf(filter.since()));
    }

    @GET
    @Path("/none")
    public Map<String, Object> none() {
        return Map.of("ok", true);
    }

    @Override
    public Map<String, Object> declared(String code) {
        return Map.of("code", String.valueOf(code));
    }
}
