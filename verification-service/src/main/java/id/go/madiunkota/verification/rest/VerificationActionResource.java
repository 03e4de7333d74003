package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.api.VerificationView;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.service.Timing;
import id.go.madiunkota.verification.service.VerificationWorkflowService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The verifier's steps on a verification. Every step answers the verification as it now stands; a step the state does
 * not allow is 409.
 */
@Path("/verifications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.VERIFIER)
@Tag(name = "Verifications")
@APIResponse(responseCode = "200", description = "The verification after the step",
        content = @Content(schema = @Schema(implementation = VerificationView.class)))
public class VerificationActionResource {

    private final VerificationWorkflowService workflow;
    private final Timing timing;
    private final SecurityIdentity identity;

    public VerificationActionResource(VerificationWorkflowService workflow, Timing timing,
            SecurityIdentity identity) {
        this.workflow = workflow;
        this.timing = timing;
        this.identity = identity;
    }

    @PUT
    @Path("/documents/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Record the check of one document: original seen, copy received",
            description = "Only while IN_PROGRESS; again for the same code replaces the earlier check. 404 for a code "
                    + "that is not on this verification's checklist.")
    public VerificationView checkDocument(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Parameter(description = "The checklist item's code, such as DIRECTOR_KTP") @PathParam("code") String code,
            @Valid @NotNull VerificationBodies.DocumentCheck body) {
        return view(workflow.checkDocument(id, code, body, Caller.of(identity)));
    }

    @POST
    @Path("/blacklist-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Record the blacklist (daftar hitam) check of the provider's NPWP")
    public VerificationView blacklistCheck(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Valid @NotNull VerificationBodies.BlacklistCheck body) {
        return view(workflow.blacklistCheck(id, body));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Decide: APPROVED activates the provider; REJECTED lists the missing or invalid items",
            description = "APPROVED is refused (409) while an item is not satisfied or the blacklist check is missing "
                    + "or positive. REJECTED lists the named items and every item not yet satisfied.")
    public VerificationView decide(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Valid @NotNull VerificationBodies.Decision body) {
        return view(workflow.decide(id, body, Caller.of(identity)));
    }

    @POST
    @Path("/signature")
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Record the verification sheet signed by provider and verifier "
            + "(APPROVED or REJECTED → SIGNED)")
    public VerificationView sign(@Parameter(description = "The verification's id") @PathParam("id") UUID id) {
        return view(workflow.sign(id, Caller.of(identity)));
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Archive the signed verification file (SIGNED → ARCHIVED)")
    public VerificationView archive(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Valid @NotNull VerificationBodies.Archive body) {
        return view(workflow.archive(id, body));
    }

    private VerificationView view(Verification verification) {
        return VerificationMapper.toView(verification, timing.targetMinutes());
    }
}
