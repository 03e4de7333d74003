package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.api.VerificationView;
import id.go.madiunkota.verification.entity.VerificationStatus;
import id.go.madiunkota.verification.service.Timing;
import id.go.madiunkota.verification.service.VerificationService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifications: starting one (verifier) and reading them, a provider's history included (verifier, admin). */
@Path("/verifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Verifications", description = "Verifikasi penyedia secara langsung di LPSE")
public class VerificationResource {

    private final VerificationService verifications;
    private final Timing timing;
    private final SecurityIdentity identity;

    public VerificationResource(VerificationService verifications, Timing timing, SecurityIdentity identity) {
        this.verifications = verifications;
        this.timing = timing;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Start the in-person verification of a registered provider",
            description = "After the provider signed the LPSE guest book and the verification guest book. The items "
                    + "of the checklist version that apply to the provider's business form (and, with a "
                    + "representative, the power of attorney) are fixed for this verification. Only one "
                    + "verification of a provider in progress at a time.")
    @APIResponse(responseCode = "201", description = "Started; Location names the verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A verification of the provider is in progress, or the provider "
            + "is not REGISTERED", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Response start(@Valid @NotNull VerificationBodies.Start body, @Context UriInfo uri) {
        VerificationView view = VerificationMapper.toView(verifications.start(body, Caller.of(identity)),
                timing.targetMinutes());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Operation(summary = "List verifications, newest first (a provider's history with providerId)")
    @APIResponse(responseCode = "200", description = "One page of verifications",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<VerificationView> list(
            @Parameter(description = "Only this provider's verifications") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "Only this status") @QueryParam("status") VerificationStatus status,
            @BeanParam PageParams paging) {
        int target = timing.targetMinutes();
        return verifications.list(providerId, status, paging).map(v -> VerificationMapper.toView(v, target));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Operation(summary = "One verification with its documents, decision and timing")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    public VerificationView get(@Parameter(description = "The verification's id") @PathParam("id") UUID id) {
        return VerificationMapper.toView(verifications.get(id), timing.targetMinutes());
    }
}
