package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.entity.Staff;
import id.go.madiunkota.helpdesk.api.ConsultationView;
import id.go.madiunkota.helpdesk.api.OpenConsultation;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.helpdesk.entity.ConsultationStatus;
import id.go.madiunkota.helpdesk.entity.Topic;
import id.go.madiunkota.helpdesk.service.ConsultationQueryService;
import id.go.madiunkota.helpdesk.service.ConsultationService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
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

/** Consultations of the LPSE helpdesk: opening one for a caller, and reading them. */
@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Konsultasi helpdesk LPSE (telepon, datang langsung, e-mail, SMS)")
public class ConsultationResource {

    private final ConsultationService consultations;
    private final ConsultationQueryService queries;
    private final SecurityIdentity identity;

    public ConsultationResource(ConsultationService consultations, ConsultationQueryService queries,
            SecurityIdentity identity) {
        this.consultations = consultations;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HELPDESK_AGENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open a consultation for a caller",
            description = "The agent records the caller (name, role, organisation, phone: needed on PHONE and SMS), "
                    + "the topic from the catalogue (GET /topics) and the question. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the consultation",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public Response open(@Valid @NotNull OpenConsultation body, @Context UriInfo uri) {
        ConsultationView view = ConsultationMapper.toView(consultations.open(body, agent()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.HELPDESK_AGENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List consultations, newest first")
    @APIResponse(responseCode = "200", description = "One page of consultations",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<ConsultationView> list(
            @Parameter(description = "Only this status") @QueryParam("status") ConsultationStatus status,
            @Parameter(description = "Only this topic") @QueryParam("topic") Topic topic,
            @Parameter(description = "Only those opened by this agent (subject or display name)")
            @QueryParam("agent") @Size(max = 200)
            String agent,
            @BeanParam PageParams paging) {
        return queries.list(status, topic, agent, paging).map(ConsultationMapper::toView);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.HELPDESK_AGENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One consultation, with its escalations and timing")
    @APIResponse(responseCode = "200", description = "The consultation",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView get(@Parameter(description = "The consultation's id") @PathParam("id") UUID id) {
        return ConsultationMapper.toView(queries.get(id));
    }

    private Staff agent() {
        return CallerStaff.of(identity);
    }
}
