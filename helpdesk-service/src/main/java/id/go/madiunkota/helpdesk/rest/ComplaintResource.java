package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.api.ComplaintView;
import id.go.madiunkota.helpdesk.api.ComplaintReceipt;
import id.go.madiunkota.helpdesk.api.ComplaintTrackingView;
import id.go.madiunkota.helpdesk.api.SubmitComplaint;
import id.go.madiunkota.helpdesk.api.ComplaintBodies;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.entity.ComplaintKind;
import id.go.madiunkota.helpdesk.entity.ComplaintStatus;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import id.go.madiunkota.common.privacy.AuditorMask;
import id.go.madiunkota.helpdesk.service.ComplaintScope;
import id.go.madiunkota.helpdesk.service.ComplaintService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Complaints, suggestions and input about the four services. Anyone may submit one; staff read and answer those of
 * the services they handle: helpdesk-agent all, ppid-officer and ppid-superior PPID, verifier VERIFICATION,
 * trainer TRAINING (another service's complaint is 404 for them). The auditor reads all of them, the complainant's
 * phone and e-mail masked, and answers none.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Pengaduan, saran, dan masukan tentang keempat layanan")
public class ComplaintResource {

    private final ComplaintService complaints;
    private final SecurityIdentity identity;

    public ComplaintResource(ComplaintService complaints, SecurityIdentity identity) {
        this.complaints = complaints;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a complaint, suggestion or input",
            description = "Anonymous (or any signed-in user): channel ONLINE. Staff record WALK_IN, PHONE, SMS and "
                    + "EMAIL ones. The answer carries the tracking code. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Received; Location names the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintReceipt.class)))
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid")
    public Response submit(@Valid @NotNull SubmitComplaint body, @Context UriInfo uri, @Context HttpHeaders headers) {
        ComplaintReceipt receipt = ComplaintMapper.toReceipt(complaints.submit(body,
                ComplaintScope.of(Caller.of(identity)),
                MailLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.id().toString()).build())
                .entity(receipt).build();
    }

    @GET
    @RolesAllowed({Roles.HELPDESK_AGENT, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.VERIFIER, Roles.TRAINER,
        Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List the complaints of the services the caller handles, oldest first",
            description = "status=RECEIVED lists the open ones; service narrows to one service.")
    @APIResponse(responseCode = "200", description = "One page of complaints",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<ComplaintView> list(
            @Parameter(description = "Only this service") @QueryParam("service") ServiceConcerned service,
            @Parameter(description = "Only this status (RECEIVED: open)") @QueryParam("status") ComplaintStatus status,
            @Parameter(description = "Only this kind") @QueryParam("kind") ComplaintKind kind,
            @BeanParam PageParams paging) {
        PageView<ComplaintView> found = complaints.list(ComplaintScope.forReading(Caller.of(identity)), service,
                status, kind, paging).map(ComplaintMapper::toView);
        return auditorOnly() ? found.map(ComplaintView::masked) : found;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HELPDESK_AGENT, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.VERIFIER, Roles.TRAINER,
        Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One complaint, with the complainant's contact (masked for the auditor)")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    public ComplaintView get(@Parameter(description = "The complaint's id") @PathParam("id") UUID id) {
        ComplaintView complaint = ComplaintMapper.toView(
                complaints.get(id, ComplaintScope.forReading(Caller.of(identity))));
        return auditorOnly() ? complaint.masked() : complaint;
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HELPDESK_AGENT, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.VERIFIER, Roles.TRAINER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Answer the complaint (RECEIVED → ANSWERED), once")
    @APIResponse(responseCode = "200", description = "The complaint, answered",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    public ComplaintView respond(@Parameter(description = "The complaint's id") @PathParam("id") UUID id,
            @Valid @NotNull ComplaintBodies.Response body) {
        return ComplaintMapper.toView(complaints.respond(id, body.answer(), ComplaintScope.of(Caller.of(identity))));
    }

    private boolean auditorOnly() {
        return AuditorMask.appliesTo(identity, ComplaintScope.STAFF_ROLES);
    }

    @GET
    @Path("tracking/{code}")
    @PermitAll
    @Operation(summary = "A complaint's status and answer by its tracking code, without personal data")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = ComplaintTrackingView.class)))
    public ComplaintTrackingView track(@Parameter(description = "The code given at submission, such as K7QX2-MB9TD")
            @PathParam("code") String code) {
        return ComplaintMapper.toTracking(complaints.track(code));
    }
}
