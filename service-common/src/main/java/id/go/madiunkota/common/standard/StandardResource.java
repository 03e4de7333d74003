package id.go.madiunkota.common.standard;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service standard (standar pelayanan) of this service: public to read, published by an admin. */
@Path("/standard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service standard", description = "Standar pelayanan: the 14 components of UU 25/2009 Pasal 21, versioned")
public class StandardResource {

    private final StandardService standards;
    private final SecurityIdentity identity;

    public StandardResource(StandardService standards, SecurityIdentity identity) {
        this.standards = standards;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The service standard in force today")
    @APIResponse(responseCode = "200", description = "The version in force",
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    public StandardView current() {
        return standards.current();
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(summary = "Every published version, newest first, a page at a time",
            description = "`{items, page, size, total}`: `total` is the number of published versions.")
    @APIResponse(responseCode = "200", description = "One page of the versions (StandardView items)",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<StandardView> versions(@BeanParam PageParams paging) {
        return PageView.slice(standards.versions(), paging);
    }

    @GET
    @Path("/versions/{version}")
    @PermitAll
    @Operation(summary = "One published version")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandardView version(@Parameter(description = "Version number, from 1") @PathParam("version") int version) {
        return standards.version(version);
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a new version of the service standard",
            description = "The new version takes effect on its effective date (today or later) and keeps every target "
                    + "key of the previous version. `replaces` states the newest version the publisher saw; when "
                    + "another version was published since (two admins at once), the answer is 409 and nothing is "
                    + "published.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version",
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another version was published since the one `replaces` names",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422",
            description = "Not 14 components, a target missing, or an effective date in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Valid @NotNull StandardContent body, @Context UriInfo uri) {
        StandardView published = standards.publish(body, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(published.version())).build())
                .entity(published).build();
    }
}
