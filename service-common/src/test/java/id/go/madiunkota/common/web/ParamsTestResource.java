package id.go.madiunkota.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.Map;

/** Echoes the shared query parameters as a list or a report endpoint reads them. Tests only. */
@Path("/params-test")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ParamsTestResource {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");

    @GET
    @Path("/page")
    public Map<String, Object> page(@BeanParam PageParams paging) {
        return Map.of("page", paging.page(), "size", paging.size(), "offset", paging.offset());
    }

    @GET
    @Path("/period")
    public Map<String, Object> period(@BeanParam PeriodParams period) {
        ReportPeriod checked = period.period(OFFICE);
        return Map.of("from", checked.from().toString(), "to", checked.to().toString(),
                "start", checked.start().toString(), "end", checked.end().toString());
    }
}
