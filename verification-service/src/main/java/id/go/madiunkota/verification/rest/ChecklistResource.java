package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.verification.api.ChecklistBodies;
import id.go.madiunkota.verification.api.ChecklistView;
import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.ChecklistItem;
import id.go.madiunkota.verification.entity.ChecklistVersion;
import id.go.madiunkota.verification.service.ChecklistEntry;
import id.go.madiunkota.verification.service.ChecklistService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The document checklists: public to read, a new version by an admin. */
@Path("/checklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists", description = "Daftar dokumen verifikasi, berversi")
public class ChecklistResource {

    private final ChecklistService checklists;
    private final SecurityIdentity identity;

    public ChecklistResource(ChecklistService checklists, SecurityIdentity identity) {
        this.checklists = checklists;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every checklist version, the newest effective first; current marks the one in force",
            description = "`{items, page, size, total}`: `total` is the number of versions.")
    @APIResponse(responseCode = "200", description = "One page of the versions (ChecklistView items)",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = id.go.madiunkota.common.problem.Problem.class)))
    public PageView<ChecklistView> all(@BeanParam PageParams paging) {
        return PageView.slice(checklists.all(), paging).map(entry -> view(entry, null, false));
    }

    @GET
    @Path("/{version}")
    @PermitAll
    @Operation(summary = "One checklist version; with businessForm, only the items that apply")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    public ChecklistView get(@Parameter(description = "The version, such as NIB-2021") @PathParam("version")
            String version,
            @Parameter(description = "Only the items for a provider of this business form")
            @QueryParam("businessForm") BusinessForm businessForm,
            @Parameter(description = "With businessForm: whether a representative comes (power of attorney)")
            @QueryParam("represented") @DefaultValue("false") boolean represented) {
        return view(checklists.get(version), businessForm, represented);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a new checklist version (versions are never changed)")
    @APIResponse(responseCode = "201", description = "Published; Location names the version",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    @APIResponse(responseCode = "409", description = "The version name is taken",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = id.go.madiunkota.common.problem.Problem.class)))
    public Response publish(@Valid @NotNull ChecklistBodies.NewVersion body, @Context UriInfo uri) {
        ChecklistView view = view(checklists.publish(body, Caller.of(identity)), null, false);
        return Response.created(uri.getAbsolutePathBuilder().path(view.version()).build()).entity(view).build();
    }

    /** With {@code form}, only the items that apply to such a provider (with or without a representative). */
    private static ChecklistView view(ChecklistEntry entry, BusinessForm form, boolean represented) {
        ChecklistVersion v = entry.version();
        List<ChecklistItem> items = form == null ? v.items() : v.applicableTo(form, represented);
        return new ChecklistView(v.version(), v.title(), v.effectiveFrom(), v.description(), entry.current(), items,
                form == null ? null : new ChecklistView.AppliesTo(form, represented), v.createdAt());
    }
}
