package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.calendar.api.AddNonWorkingDay;
import id.go.madiunkota.ppid.calendar.api.NonWorkingDayPage;
import id.go.madiunkota.ppid.calendar.api.NonWorkingDayView;
import id.go.madiunkota.ppid.calendar.api.WorkingDayAnswer;
import id.go.madiunkota.ppid.calendar.entity.NonWorkingDay;
import id.go.madiunkota.ppid.calendar.service.CalendarService;
import id.go.madiunkota.ppid.calendar.service.CalendarSnapshot;
import id.go.madiunkota.ppid.calendar.service.WorkingDayCalendar;
import id.go.madiunkota.ppid.calendar.service.YearDays;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar: public to read and to count on, changed by an admin. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "Hari kerja: the non-working days every statutory deadline is "
        + "counted around (Asia/Jakarta, Monday to Friday), versioned")
public class CalendarResource {

    /** Days per page when the caller does not say: more than any year has (weekends are not listed). */
    static final int DEFAULT_DAYS_PER_PAGE = 100;
    /** The most days a page holds: a whole year, so a client reads one in a single call. */
    static final int MAX_DAYS_PER_PAGE = 366;

    private final CalendarService calendarService;
    private final WorkingDayCalendar calendar;
    private final SecurityIdentity identity;

    public CalendarResource(CalendarService calendarService, WorkingDayCalendar calendar, SecurityIdentity identity) {
        this.calendarService = calendarService;
        this.calendar = calendar;
        this.identity = identity;
    }

    @GET
    @Path("/non-working-days")
    @PermitAll
    @Operation(summary = "The non-working days of a year", description = "In date order, weekends not listed.")
    @APIResponse(responseCode = "200", description = "One page of the year's days",
            content = @Content(schema = @Schema(implementation = NonWorkingDayPage.class)))
    @APIResponse(responseCode = "400", description = "Year missing or outside 2000-2100, or a bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NonWorkingDayPage list(
            @Parameter(description = "The year, 2000 to 2100", required = true, example = "2026")
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Page number, from 0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @Parameter(description = "Days per page, 1 to 366: a whole year fits on one page")
            @QueryParam("size") @DefaultValue("" + DEFAULT_DAYS_PER_PAGE) @Min(1) @Max(MAX_DAYS_PER_PAGE) int size) {
        YearDays days = calendarService.list(year, page, size);
        return new NonWorkingDayPage(days.days().items().stream().map(CalendarResource::view).toList(),
                days.days().page(), days.days().size(), days.days().total(), days.yearCalendar());
    }

    @GET
    @Path("/non-working-days/{date}")
    @PermitAll
    @Operation(summary = "One non-working day")
    @APIResponse(responseCode = "200", description = "The day",
            content = @Content(schema = @Schema(implementation = NonWorkingDayView.class)))
    @APIResponse(responseCode = "404", description = "The day is not a non-working day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NonWorkingDayView get(
            @Parameter(description = "The day, YYYY-MM-DD", example = "2026-03-19") @PathParam("date") LocalDate date) {
        return view(calendarService.get(date));
    }

    @POST
    @Path("/non-working-days")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Make a day non-working", description = "Creates the next calendar version, records the "
            + "change in the audit trail, publishes ppid.CalendarChanged and recomputes open deadlines. Days more than "
            + CalendarService.EDITABLE_YEARS_BACK + " years back cannot be changed: their deadlines are closed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AddNonWorkingDay.class),
            examples = @ExampleObject(name = "ad-hoc day", value = """
                    {"date": "2027-03-01", "kind": "AD_HOC", "name": "Libur tambahan Pilkada",
                     "source": "Keputusan Presiden No. 1 Tahun 2027",
                     "reason": "Ditetapkan sebagai hari libur oleh Keppres No. 1 Tahun 2027"}""")))
    @APIResponse(responseCode = "201", description = "Added; Location names the day",
            content = @Content(schema = @Schema(implementation = NonWorkingDayView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, an unknown kind or field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The day is already non-working",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The day is more than two years back",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull AddNonWorkingDay body, @Context UriInfo uri) {
        Caller caller = Caller.of(identity);
        NonWorkingDayView added = view(calendarService.add(body, caller.subject(), caller.displayName()));
        return Response.created(uri.getAbsolutePathBuilder().path(added.date().toString()).build())
                .entity(added).build();
    }

    @DELETE
    @Path("/non-working-days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Make a day a working day again", description = "Creates the next calendar version, records "
            + "the change in the audit trail, publishes ppid.CalendarChanged and recomputes open deadlines.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Reason missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The day is not a non-working day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The day is more than two years back",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(
            @Parameter(description = "The day, YYYY-MM-DD", example = "2027-03-01") @PathParam("date") LocalDate date,
            @Parameter(description = "Why the day becomes a working day again; kept in the audit trail",
                    required = true, example = "Keppres No. 1 Tahun 2027 dicabut")
            @QueryParam("reason") @NotBlank @Size(max = 500) String reason) {
        Caller caller = Caller.of(identity);
        calendarService.remove(date, reason, caller.subject(), caller.displayName());
    }

    @GET
    @Path("/working-days")
    @PermitAll
    @Operation(summary = "Count working days", description = "The day that lies the given number of working days "
            + "after from (from is day 0), with the calendar version used. Adding 0 gives from itself. A year "
            + "without an entered decree counts on its predicted holidays, and the answer says calendarProvisional.")
    @APIResponse(responseCode = "200", description = "The resulting day",
            content = @Content(schema = @Schema(implementation = WorkingDayAnswer.class)))
    @APIResponse(responseCode = "400", description = "from missing or not a date, add missing or outside 0-60",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkingDayAnswer workingDays(
            @Parameter(description = "Day 0, YYYY-MM-DD", required = true, example = "2026-03-13")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Working days to add, 0 to 60", required = true, example = "10")
            @QueryParam("add") @NotNull @Min(0) @Max(60) Integer add) {
        CalendarSnapshot snapshot = calendar.snapshot();
        LocalDate date = snapshot.addWorkingDays(from, add);
        return new WorkingDayAnswer(from, add, date, snapshot.version(), snapshot.provisional(from, date));
    }

    private static NonWorkingDayView view(NonWorkingDay day) {
        return new NonWorkingDayView(day.date(), day.kind(), day.name(), day.source(), day.addedByName(),
                day.addedAt());
    }
}
