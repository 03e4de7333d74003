package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.entity.Staff;
import id.go.madiunkota.helpdesk.api.ConsultationView;
import id.go.madiunkota.helpdesk.api.ConsultationBodies;
import id.go.madiunkota.helpdesk.service.ConsultationService;
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
 * The steps of the seed's consultation flow. Each answers the consultation as it now stands; a step the flow does not
 * allow in the consultation's status is 409.
 */
@Path("/consultations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HELPDESK_AGENT)
@Tag(name = "Consultations")
public class ConsultationActionResource {

    private final ConsultationService consultations;
    private final SecurityIdentity identity;

    public ConsultationActionResource(ConsultationService consultations, SecurityIdentity identity) {
        this.consultations = consultations;
        this.identity = identity;
    }

    @POST
    @Path("resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Answer the caller directly (OPEN → RESOLVED)")
    @APIResponse(responseCode = "200", description = "The consultation, resolved",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView resolve(@Parameter(description = "The consultation's id") @PathParam("id") UUID id,
            @Valid @NotNull ConsultationBodies.Resolution body) {
        return ConsultationMapper.toView(consultations.resolve(id, body, agent()));
    }

    @POST
    @Path("escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Escalate to LKPP (OPEN → ESCALATED); creates the agent's callback task",
            description = "The callback is due after the service standard's callbackMinutes (10) and belongs to the "
                    + "escalating agent; it shows in GET /callbacks.")
    @APIResponse(responseCode = "200", description = "The consultation, escalated",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView escalate(@Parameter(description = "The consultation's id") @PathParam("id") UUID id,
            @Valid @NotNull ConsultationBodies.Escalation body) {
        return ConsultationMapper.toView(consultations.escalate(id, body, agent()));
    }

    @POST
    @Path("lkpp-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record LKPP's answer with LKPP's reference (ESCALATED → ANSWERED)")
    @APIResponse(responseCode = "200", description = "The consultation, answered",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView lkppAnswer(@Parameter(description = "The consultation's id") @PathParam("id") UUID id,
            @Valid @NotNull ConsultationBodies.LkppAnswer body) {
        return ConsultationMapper.toView(consultations.recordLkppAnswer(id, body, agent()));
    }

    @POST
    @Path("relay")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that LKPP's answer was told to the caller, and whether they accepted it",
            description = "accepted=true: stays ANSWERED and may be closed. accepted=false: back to OPEN (the loop "
                    + "of the seed's flowchart), to answer directly or escalate again. Completes the pending callback.")
    @APIResponse(responseCode = "200", description = "The consultation after the relay",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView relay(@Parameter(description = "The consultation's id") @PathParam("id") UUID id,
            @Valid @NotNull ConsultationBodies.Relay body) {
        return ConsultationMapper.toView(consultations.relay(id, body));
    }

    @POST
    @Path("closure")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Close the consultation (RESOLVED, or ANSWERED and accepted → CLOSED)",
            description = "Records the time to close against the standard's completionMinutes (30).")
    @APIResponse(responseCode = "200", description = "The consultation, closed",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView close(@Parameter(description = "The consultation's id") @PathParam("id") UUID id) {
        return ConsultationMapper.toView(consultations.close(id, agent()));
    }

    private Staff agent() {
        return CallerStaff.of(identity);
    }
}
