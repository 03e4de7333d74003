package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.api.CallbackView;
import id.go.madiunkota.helpdesk.api.ConsultationBodies;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.service.CallbackService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling agent's callback queue. */
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HELPDESK_AGENT)
@Tag(name = "Callbacks", description = "Tugas menelepon kembali setelah eskalasi ke LKPP")
public class CallbackResource {

    private final CallbackService callbacks;
    private final SecurityIdentity identity;

    public CallbackResource(CallbackService callbacks, SecurityIdentity identity) {
        this.callbacks = callbacks;
        this.identity = identity;
    }

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The calling agent's pending callbacks, soonest first, one page",
            description = "due=true: only those whose time has come (each flagged overdue when it has waited longer "
                    + "than madiun.helpdesk.callbacks.overdue-after).")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<CallbackView> queue(@Parameter(description = "true: only callbacks due now")
            @QueryParam("due") @DefaultValue("false") boolean due, @BeanParam PageParams paging) {
        return callbacks.queue(Caller.of(identity).subject(), due, paging).map(ConsultationMapper::toView);
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that the agent called the caller back",
            description = "Only the owning agent; relaying LKPP's answer completes the callback by itself.")
    @APIResponse(responseCode = "200", description = "The callback, done",
            content = @Content(schema = @Schema(implementation = CallbackView.class)))
    public CallbackView complete(@Parameter(description = "The callback's id") @PathParam("id") UUID id,
            @Valid ConsultationBodies.CallbackCompletion body) {
        return ConsultationMapper.toView(
                callbacks.complete(id, Caller.of(identity).subject(), body == null ? null : body.note()));
    }
}
