package id.go.madiunkota.common.web;

import id.go.madiunkota.common.problem.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Write endpoints with a visible side effect, to see what the Idempotency-Key filter lets run. Tests only. */
@Path("/idempotency-test/effects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class IdempotencyTestResource {

    public record NewEffect(@NotBlank String label) {
    }

    public record EffectView(long id, String label, String createdBy) {
    }

    private final TestEffects effects;

    public IdempotencyTestResource(TestEffects effects) {
        this.effects = effects;
    }

    @POST
    public Response create(@Valid @NotNull NewEffect body, @Context UriInfo uri, @Context SecurityContext security) {
        String by = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        long id = effects.record(body.label(), by);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(new EffectView(id, body.label(), by)).build();
    }

    @POST
    @Path("/slow")
    public Response slow(@Valid @NotNull NewEffect body, @Context UriInfo uri, @Context SecurityContext security) {
        TestEffects.awaitGate();
        return create(body, uri, security);
    }

    @POST
    @Path("/refused")
    public Response refused(@Valid @NotNull NewEffect body) {
        effects.record(body.label(), "refused");
        throw DomainException.conflict("invalid-transition", "TEST", "refuse");
    }

    @POST
    @Path("/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text(@Valid @NotNull NewEffect body) {
        return "effect " + effects.record(body.label(), "text");
    }

    @POST
    @Path("/mine")
    @RolesAllowed("citizen")
    public Response mine(@Valid @NotNull NewEffect body, @Context UriInfo uri, @Context SecurityContext security) {
        return create(body, uri, security);
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") long id) {
        effects.record("deleted " + id, "delete");
    }
}
