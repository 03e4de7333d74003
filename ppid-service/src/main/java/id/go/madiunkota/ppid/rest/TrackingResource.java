package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.api.RequestView;
import id.go.madiunkota.ppid.api.TrackingView;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.service.RequestQueryService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may read without identity: a request's status by its tracking code, and the exemption grounds. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Tracking", description = "Public status of a request, without personal data")
public class TrackingResource {

    private final RequestQueryService queries;

    public TrackingResource(RequestQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Path("tracking/{trackingCode}")
    @Operation(summary = "A request's status, dates and decision in short, by its tracking code")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "404", description = "No request has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrackingView track(@Parameter(description = "The code given at submission, such as K7QX2-MB9TD")
            @PathParam("trackingCode") String trackingCode) {
        return RequestMapper.toTracking(queries.track(trackingCode));
    }

    @GET
    @Path("exemption-grounds")
    @Operation(summary = "The legal grounds on which information may be withheld (UU 14/2008 Pasal 17, Pasal 6(3))")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<RequestView.GroundView> exemptionGrounds(@BeanParam PageParams paging) {
        List<RequestView.GroundView> all = Arrays.stream(ExemptionGround.values()).map(RequestMapper::ground).toList();
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageView<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }
}
