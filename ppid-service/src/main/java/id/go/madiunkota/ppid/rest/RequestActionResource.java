package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.api.RequestView;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestQueryService;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the PPID does with a request. Every action answers the request as it now stands; a move the flow does not
 * allow is 409, a broken rule (such as a rejection without legal grounds) 422.
 */
@Path("/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Requests")
@APIResponse(responseCode = "200", description = "The request after the action",
        content = @Content(schema = @Schema(implementation = RequestView.class)))
@APIResponse(responseCode = "400", description = "Missing or malformed fields",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "A role that may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not possible in the request's status",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RequestActionResource {

    private final RequestWorkflowService workflow;
    private final RequestQueryService queries;
    private final SecurityIdentity identity;

    public RequestActionResource(RequestWorkflowService workflow, RequestQueryService queries,
            SecurityIdentity identity) {
        this.workflow = workflow;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Path("/processing")
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Take the request on (REGISTERED → IN_PROGRESS)")
    public RequestView startProcessing(@Parameter(description = "The request's id") @PathParam("id") UUID id) {
        return view(workflow.startProcessing(id));
    }

    @POST
    @Path("/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Extend the response period once, by 7 working days, with a written reason",
            description = "Only within the first 10 working days. The new due date counts 7 working days from the "
                    + "original due date (17 in all from receipt, UU 14/2008 Pasal 22 ayat 8), or from the day of "
                    + "the extension notice (setting madiun.ppid.requests.extension-base). An extension that would "
                    + "not move the due date is refused and the one extension stays available.")
    @APIResponse(responseCode = "422", description = "The first period has already ended, or the extension would not "
            + "move the due date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView extend(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Valid @NotNull RequestBodies.Extension body) {
        return view(workflow.extend(id, body, Caller.of(identity)));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Give the written decision",
            description = "REJECTED and PARTIALLY_GRANTED need exemption grounds (UU 14/2008 Pasal 17 a–j or "
                    + "Pasal 6(3)) and the consequence test; PARTIALLY_GRANTED also the withheld parts. NOT_HELD "
                    + "names the public body that holds the information (heldBy) or says it is unknown "
                    + "(holderUnknown: true), UU 14/2008 Pasal 22 ayat 7; a 400 names the field otherwise. The cost "
                    + "is always 0.")
    @APIResponse(responseCode = "422",
            description = "Grounds, consequence test or withheld parts missing or not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView decide(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Valid @NotNull RequestBodies.Decision body) {
        return view(workflow.decide(id, body, Caller.of(identity)));
    }

    @POST
    @Path("/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Record that the notice and information reached the applicant",
            description = "deliveredAt lies between the decision and now: in the future is a 400 on deliveredAt, "
                    + "before the decision a 422.")
    @APIResponse(responseCode = "422", description = "Dated before the decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView deliver(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Valid @NotNull RequestBodies.Delivery body) {
        return view(workflow.deliver(id, body));
    }

    @POST
    @Path("/closure")
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Close a delivered request")
    public RequestView close(@Parameter(description = "The request's id") @PathParam("id") UUID id) {
        return view(workflow.close(id));
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.PPID_OFFICER})
    @Operation(summary = "Withdraw an undecided request: its owner, or an officer on the applicant's word")
    public RequestView withdraw(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Valid @NotNull RequestBodies.Reason body) {
        return view(workflow.withdraw(id, body.reason(), Caller.of(identity)));
    }

    @POST
    @Path("/invalidation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPID_OFFICER)
    @Operation(summary = "Mark a request invalid before it is decided, with the reason")
    public RequestView invalidate(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Valid @NotNull RequestBodies.Reason body) {
        return view(workflow.invalidate(id, body.reason()));
    }

    private RequestView view(InformationRequest request) {
        return RequestMapper.toView(queries.reading(request));
    }
}
