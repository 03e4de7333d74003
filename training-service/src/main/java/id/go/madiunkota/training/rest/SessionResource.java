package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.common.web.ReportPeriod;
import id.go.madiunkota.training.api.RegistrationBodies;
import id.go.madiunkota.training.api.RegistrationView;
import id.go.madiunkota.training.api.SessionBodies;
import id.go.madiunkota.training.api.SessionView;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.service.Schedule;
import id.go.madiunkota.training.service.SessionService;
import id.go.madiunkota.training.service.TrainingQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.go.madiunkota.common.problem.Problem;

/** The public schedule of SPSE training sessions, and what the trainer does with a session. */
@Path("/sessions")
@RequestScoped // it holds the request's Caller
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Pelatihan SPSE: the public schedule, registrations and the attendance list")
public class SessionResource {

    private final SessionService sessions;
    private final RegistrationService registrations;
    private final TrainingQueries queries;
    private final Caller caller;
    private final Clock clock;

    public SessionResource(SessionService sessions, RegistrationService registrations, TrainingQueries queries,
            Caller caller, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.queries = queries;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "The public schedule", description = "Sessions dated from `from` (default today) to `to` "
            + "(default a year later), earliest first, with the places left.")
    @APIResponse(responseCode = "200", description = "One page of sessions",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<SessionView> list(
            @Parameter(description = "First day, YYYY-MM-DD (default today)", example = "2026-12-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD (default a year after `from`; at most 366 days after it)",
                    example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only sessions for this audience: PROVIDER or PROCUREMENT_OFFICIAL",
                    example = "PROVIDER") @QueryParam("audience") Audience audience,
            @BeanParam PageParams paging) {
        LocalDate first = from != null ? from : LocalDate.now(clock.withZone(Schedule.ZONE));
        LocalDate last = to != null ? to : first.plusDays(ReportPeriod.MAX_DAYS - 1);
        ReportPeriod period = ReportPeriod.of(first, last, Schedule.ZONE);
        return queries.schedule(period.from(), period.to(), audience, paging.page(), paging.size())
                .map(TrainingMapper::toView);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One session of the schedule")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public SessionView get(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return view(sessions.get(id));
    }

    @POST
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Schedule a session", description = "2 to 5 hours (the service standard's targets) within "
            + "one day, on a working day of the calendar (ppid-service's, copied locally). Publishes "
            + "training.TrainingScheduled; waiting invitations and repeats are registered for it.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "422", description = "A non-working day, a length outside 2 to 5 hours, more than "
            + "one day, in the past, or a year the calendar copy does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response schedule(@Valid @NotNull SessionBodies.Schedule body, @Context UriInfo uri) {
        TrainingSession session = sessions.schedule(body, Acting.of(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(session.id().toString()).build())
                .entity(view(session)).build();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel a session", description = "Cancels its open registrations and notifies the "
            + "registrants (training.TrainingCancelled); invited providers are invited to the next provider session.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session has already taken place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView cancel(@Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Valid @NotNull SessionBodies.Cancel body) {
        return view(sessions.cancel(id, body.reason(), Acting.of(caller)));
    }

    @POST
    @Path("/{id}/registrations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register for a session", description = "Anonymous (online) or by a trainer. The answer's "
            + "status: CONFIRMED, WAITLISTED when the session is full, or PENDING_DECREE for a procurement official "
            + "whose superior's decree is not recorded yet, or declared on the public form and not yet checked by "
            + "the trainer. A provider's participant gives their NIK, an official the NIP: the same person holds at "
            + "most one place or waitlist position in a session.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the registration",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "The session is cancelled, or the same person (NIK or NIP) "
            + "already holds a place or waits for one in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session has started, or is for the other audience",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.Register body, @Context UriInfo uri, @Context HttpHeaders headers) {
        RegistrationView view = TrainingMapper.toView(queries.placed(registrations.register(id, body,
                Acting.of(caller), caller.has(Roles.TRAINER),
                MailLanguage.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))));
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.TRAINER, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The registrations of a session, in arrival order",
            description = "The auditor sees the participants' NIP, phone and e-mail masked.")
    @APIResponse(responseCode = "200", description = "One page of registrations",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<RegistrationView> registrations(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = "Only this status") @QueryParam("status") RegistrationStatus status,
            @BeanParam PageParams paging) {
        sessions.get(id);
        PageView<RegistrationView> found = queries.registrations(id, status, paging.page(), paging.size())
                .map(TrainingMapper::toView);
        return caller.has(Roles.TRAINER) ? found : found.map(RegistrationView::masked);
    }

    @POST
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Put a participant on the attendance list (daftar hadir)",
            description = "For a CONFIRMED registration of this session, from the session's day on.")
    @APIResponse(responseCode = "200", description = "On the list",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "409", description = "Not confirmed (pending its decree, waitlisted, cancelled), "
            + "already on the list, or the session is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Before the session's day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationView attend(@Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Valid @NotNull RegistrationBodies.Attendance body) {
        return TrainingMapper.toView(queries.placed(registrations.attend(id, body.registrationId(),
                Acting.of(caller))));
    }

    @GET
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.TRAINER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The attendance list (daftar hadir) of a session, in signing order")
    @APIResponse(responseCode = "200", description = "One page of those present",
            content = @Content(schema = @Schema(implementation = PageView.class)))
    public PageView<RegistrationView> attendance(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        sessions.get(id);
        return queries.attendance(id, paging.page(), paging.size()).map(TrainingMapper::toView);
    }

    private SessionView view(TrainingSession session) {
        return TrainingMapper.toView(queries.overview(session));
    }
}
