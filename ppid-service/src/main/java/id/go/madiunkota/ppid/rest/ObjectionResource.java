package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.api.ObjectionView;
import id.go.madiunkota.ppid.entity.ObjectionStatus;
import id.go.madiunkota.ppid.service.DisputeService;
import id.go.madiunkota.ppid.service.ObjectionService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Objections (keberatan) to the atasan PPID, and disputes (sengketa) to the Komisi Informasi; filing: {@link
 * RequestObjectionResource}.
 */
@Path("/objections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objections", description = "Keberatan (UU 14/2008 Pasal 35–36) and sengketa (Pasal 37–38)")
@APIResponse(responseCode = "400", description = "Missing or malformed fields",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token where one is needed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "A role that may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such request or objection, or not the caller's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ObjectionResource {

    private final ObjectionService objections;
    private final DisputeService disputes;
    private final SecurityIdentity identity;

    public ObjectionResource(ObjectionService objections, DisputeService disputes, SecurityIdentity identity) {
        this.objections = objections;
        this.disputes = disputes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR, Roles.CITIZEN})
    @Operation(summary = "List objections, newest first",
            description = "Staff see every objection; a citizen only those about their own requests (by token "
                    + "subject, as requests/mine).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<ObjectionView> list(
            @Parameter(description = "Only this status") @QueryParam("status") ObjectionStatus status,
            @BeanParam PageParams paging) {
        return objections.list(status, Caller.of(identity), paging.page(), paging.size()).map(ObjectionMapper::toView);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR, Roles.CITIZEN})
    @Operation(summary = "One objection; a citizen sees those about their own requests")
    @APIResponse(responseCode = "200", description = "The objection",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public ObjectionView get(@Parameter(description = "The objection's id") @PathParam("id") UUID id) {
        return ObjectionMapper.toView(objections.loadFor(id, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.PPID_SUPERIOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The atasan PPID upholds the PPID (with reasons) or orders disclosure")
    @APIResponse(responseCode = "200", description = "Decided; the 14-working-day dispute window starts",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectionView decide(@Parameter(description = "The objection's id") @PathParam("id") UUID id,
            @Valid @NotNull ObjectionBodies.Decision body) {
        return ObjectionMapper.toView(objections.decide(id, body, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({Roles.CITIZEN, Roles.PPID_OFFICER})
    @Operation(summary = "The applicant accepts the superior's answer")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "Not decided, or already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectionView accept(@Parameter(description = "The objection's id") @PathParam("id") UUID id) {
        return ObjectionMapper.toView(objections.accept(id, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed({Roles.CITIZEN, Roles.PPID_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the dispute filed with the Komisi Informasi",
            description = "Within 14 working days of the superior's decision (UU 14/2008 Pasal 37 ayat 2): DECIDED → "
                    + "ESCALATED. When the superior stays silent past the 30 working days, also from FILED: after "
                    + "the objection's dueDate and until its silenceDisputeDueDate (the 14 working days that follow).")
    @APIResponse(responseCode = "200", description = "Escalated",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "Already accepted or escalated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Filed outside the 14-working-day window, or the superior "
            + "still has time to answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectionView dispute(@Parameter(description = "The objection's id") @PathParam("id") UUID id,
            @Valid @NotNull ObjectionBodies.Dispute body) {
        return ObjectionMapper.toView(disputes.file(id, body, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/dispute-outcome")
    @RolesAllowed(Roles.PPID_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the Komisi Informasi's outcome of the dispute",
            description = "A mediation agreement or an adjudication decision, its date (not before the dispute was "
                    + "filed, not in the future) and the commission's case number. Once per dispute.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "409", description = "No dispute filed, or its outcome already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Dated before the dispute was filed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectionView disputeOutcome(@Parameter(description = "The objection's id") @PathParam("id") UUID id,
            @Valid @NotNull ObjectionBodies.DisputeOutcomeBody body) {
        return ObjectionMapper.toView(disputes.recordOutcome(id, body));
    }
}
