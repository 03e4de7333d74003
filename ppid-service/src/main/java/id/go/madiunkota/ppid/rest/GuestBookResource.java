package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.api.GuestBookBodies;
import id.go.madiunkota.ppid.api.GuestBookView;
import id.go.madiunkota.ppid.entity.GuestBookEntry;
import id.go.madiunkota.ppid.service.GuestBookService;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PPID guest book (buku tamu) that walk-in visitors sign: recorded by officers, read by staff and auditors. */
@Path("/guestbook")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Guest book", description = "Buku tamu PPID untuk pengunjung yang datang langsung")
public class GuestBookResource {

    private final GuestBookService guestBook;
    private final SecurityIdentity identity;

    public GuestBookResource(GuestBookService guestBook, SecurityIdentity identity) {
        this.guestBook = guestBook;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.PPID_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a walk-in visitor in the guest book",
            description = "visitedAt defaults to now and may not be in the future; requestId, when given, must name "
                    + "an existing information request. The phone is stored encrypted and never returned.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry",
            content = @Content(schema = @Schema(implementation = GuestBookView.class)))
    @APIResponse(responseCode = "400", description = "Missing, malformed, too long or unknown fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a PPID officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "requestId names no information request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@Valid @NotNull GuestBookBodies.NewEntry body, @Context UriInfo uri) {
        GuestBookView entry = view(guestBook.sign(body, Caller.of(identity)));
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
                .entity(entry).build();
    }

    @POST
    @Path("/{id}/request-link")
    @RolesAllowed(Roles.PPID_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an entry to the request the visitor filed afterwards")
    @APIResponse(responseCode = "200", description = "The linked entry",
            content = @Content(schema = @Schema(implementation = GuestBookView.class)))
    @APIResponse(responseCode = "400", description = "requestId missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a PPID officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such guest book entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The entry is already linked to a request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "requestId names no information request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GuestBookView link(@Parameter(description = "The guest book entry's id") @PathParam("id") UUID id,
            @Valid @NotNull GuestBookBodies.RequestLink body) {
        return view(guestBook.link(id, body.requestId()));
    }

    @GET
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR})
    @Operation(summary = "List guest book entries, newest first")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed, or from is after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not PPID staff or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<GuestBookView> list(
            @Parameter(description = "First day visited (YYYY-MM-DD, office time zone)", example = "2026-03-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day visited, inclusive (YYYY-MM-DD)", example = "2026-03-31")
            @QueryParam("to") LocalDate to,
            @BeanParam PageParams paging) {
        return guestBook.list(from, to, paging.page(), paging.size()).map(GuestBookResource::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR})
    @Operation(summary = "One guest book entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = GuestBookView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not PPID staff or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such guest book entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GuestBookView get(@Parameter(description = "The guest book entry's id") @PathParam("id") UUID id) {
        return view(guestBook.get(id));
    }

    /** The view of {@code entry}, its linked request already read by the service. */
    private static GuestBookView view(GuestBookEntry entry) {
        var request = entry.request();
        return new GuestBookView(entry.id(), entry.visitorName(), entry.organization(), entry.hasPhone(),
                entry.purpose(), entry.visitedAt(), request == null ? null : request.id(),
                request == null ? null : request.registrationNumber(), entry.recordedByName());
    }
}
