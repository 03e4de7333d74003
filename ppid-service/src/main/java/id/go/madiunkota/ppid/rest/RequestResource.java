package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.api.RequestView;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.RequestStatus;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import id.go.madiunkota.ppid.service.RequestQueryService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Information requests: submitting, and reading them (staff all, citizens their own). */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Permohonan informasi publik (UU 14/2008)")
public class RequestResource {

    private final RequestIntakeService intake;
    private final RequestQueryService queries;
    private final SecurityIdentity identity;

    public RequestResource(RequestIntakeService intake, RequestQueryService queries, SecurityIdentity identity) {
        this.intake = intake;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request for public information",
            description = "Anonymous or a citizen: channel ONLINE, received now (the citizen becomes the owner). A "
                    + "ppid-officer records walk-in, phone, e-mail or letter requests and may give the time actually "
                    + "received (up to 30 days back). The answer carries the registration number and the public "
                    + "tracking code. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the request",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing, malformed or inconsistent fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Valid @NotNull SubmitRequest body, @Context UriInfo uri, @Context HttpHeaders headers) {
        InformationRequest request = intake.submit(body, Caller.of(identity),
                MailLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build())
                .entity(RequestMapper.toView(queries.reading(request))).build();
    }

    @GET
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List requests, newest first", description = "The auditor sees e-mail addresses masked.")
    @APIResponse(responseCode = "200", description = "One page of requests",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not PPID staff or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<RequestView> list(
            @Parameter(description = "Only this status") @QueryParam("status") RequestStatus status,
            @Parameter(description = "true: only overdue; false: only not overdue")
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only requests due before this day") @QueryParam("dueBefore") LocalDate dueBefore,
            @Parameter(description = "Text in the registration number or applicant name")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging) {
        PageView<RequestView> found = queries.list(status, overdue, dueBefore, q, paging.page(), paging.size())
                .map(RequestMapper::toView);
        return auditorOnly() ? found.map(RequestView::masked) : found;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The calling citizen's own requests")
    @APIResponse(responseCode = "200", description = "One page of the citizen's requests",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a citizen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<RequestView> mine(
            @BeanParam PageParams paging) {
        return queries.mine(Caller.of(identity), paging.page(), paging.size()).map(RequestMapper::toView);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR, Roles.CITIZEN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One request; a citizen sees only their own")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A role that does not read requests",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request, or another citizen's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView get(@Parameter(description = "The request's id") @PathParam("id") UUID id) {
        RequestView request = RequestMapper.toView(queries.get(id, Caller.of(identity)));
        return auditorOnly() ? request.masked() : request;
    }

    private boolean auditorOnly() {
        return AuditorMask.appliesTo(identity, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR);
    }
}
