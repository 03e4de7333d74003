package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.training.api.CompletionView;
import id.go.madiunkota.training.api.RegistrationBodies;
import id.go.madiunkota.training.api.RegistrationView;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.service.DecreeService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.service.TrainingQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** One registration: the official's decree, cancellation (the place goes to the waitlist), completion. */
@Path("/registrations")
@RequestScoped // it holds the request's Caller
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "A participant's registration for a session")
public class RegistrationResource {

    private final RegistrationService registrations;
    private final DecreeService decrees;
    private final TrainingQueries queries;
    private final Caller caller;

    public RegistrationResource(RegistrationService registrations, DecreeService decrees, TrainingQueries queries,
            Caller caller) {
        this.registrations = registrations;
        this.decrees = decrees;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.TRAINER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One registration")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public RegistrationView get(@Parameter(description = "The registration's id") @PathParam("id") UUID id) {
        return view(registrations.load(id));
    }

    @POST
    @Path("/{id}/decree")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a procurement official's decree (surat keputusan)",
            description = "The trainer records the decree they have seen (checked): a PENDING_DECREE registration "
                    + "becomes CONFIRMED; a waitlisted one keeps its place in the queue and is confirmed directly when "
                    + "promoted.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Not pending a decree nor waitlisted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A provider's registration, which needs no decree",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView decree(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.DecreeBody body) {
        return view(decrees.recordDecree(id, body, Acting.of(caller)));
    }

    @POST
    @Path("/{id}/decree-check")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Confirm or refuse the decree an official declared on the registration form",
            description = "Accepted: a PENDING_DECREE registration becomes CONFIRMED (ParticipantRegistered), a "
                    + "waitlisted one is confirmed directly when promoted. Refused, with the reason: the registration "
                    + "is CANCELLED (DecreeRefused) and a place it held goes to the first on the waitlist.")
    @APIResponse(responseCode = "200", description = "Checked",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "accepted missing, or a refusal without its reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trainer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not pending a decree nor waitlisted, or the decree was "
            + "already checked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A provider's registration, or no decree declared",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView checkDecree(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.DecreeCheck body) {
        return view(decrees.checkDecree(id, body, Acting.of(caller)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel a registration", description = "A place it held goes to the first on the waitlist.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled, attended or completed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView cancel(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.Cancel body) {
        return view(registrations.cancel(id, body.reason(), Acting.of(caller)));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a participant's completion",
            description = "understood=false: the participant is registered for the next session of the same "
                    + "audience (attempt + 1), or as soon as one is scheduled.")
    @APIResponse(responseCode = "200", description = "Recorded, with the repeat registration if any",
            content = @Content(schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "409", description = "Not on the attendance list, or already completed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionView complete(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.Completion body) {
        RegistrationService.Completed done = registrations.complete(id, body.understood());
        return new CompletionView(view(done.registration()),
                done.repeat() == null ? null : view(done.repeat()));
    }

    private RegistrationView view(Registration registration) {
        return TrainingMapper.toView(queries.placed(registration));
    }
}
