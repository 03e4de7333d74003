package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.training.api.InvitationView;
import id.go.madiunkota.training.entity.InvitationStatus;
import id.go.madiunkota.training.service.TrainingQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Providers activated by verification-service and invited to the next provider session. */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "New providers invited to the next provider training")
public class InvitationResource {

    private final TrainingQueries queries;

    public InvitationResource(TrainingQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The invitations, newest activation first")
    @APIResponse(responseCode = "200", description = "One page of invitations",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<InvitationView> list(
            @Parameter(description = "Only this status: INVITED or WAITING_FOR_SESSION") @QueryParam("status")
            InvitationStatus status,
            @Parameter(description = "Only this provider") @QueryParam("providerId") UUID providerId,
            @BeanParam PageParams paging) {
        return queries.invitations(status, providerId, paging.page(), paging.size()).map(TrainingMapper::toView);
    }
}
