package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.api.ObjectionView;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.service.ObjectionService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Filing an objection about a request (a sub-resource of the request, so it has a class of its own). */
@Path("/requests/{id}/objections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objections")
@APIResponse(responseCode = "400", description = "Missing or malformed fields",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404",
        description = "No such request, or not the caller's (no tracking code, not the owner)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RequestObjectionResource {

    private final ObjectionService objections;
    private final SecurityIdentity identity;

    public RequestObjectionResource(ObjectionService objections, SecurityIdentity identity) {
        this.objections = objections;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an objection about a request",
            description = "By the owning citizen, by whoever holds the tracking code (header X-Tracking-Code), or by a "
                    + "ppid-officer on the applicant's behalf; within 30 working days of the ground arising (the "
                    + "decision, or the missed deadline). The atasan PPID must answer within 30 working days.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the objection",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "An objection about this request is already under consideration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No ground yet, too late, or a ground that does not apply",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@Parameter(description = "The request's id") @PathParam("id") UUID requestId,
            @Parameter(description = "The request's tracking code, for an applicant without an account")
            @HeaderParam("X-Tracking-Code") String trackingCode,
            @Valid @NotNull ObjectionBodies.File body, @Context HttpHeaders headers) {
        Objection objection = objections.file(requestId, body, Caller.of(identity), trackingCode,
                MailLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.created(UriBuilder.fromPath("/api/ppid/objections/{id}").build(objection.id()))
                .entity(ObjectionMapper.toView(objection)).build();
    }
}
