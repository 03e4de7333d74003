package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.calendar.api.DecreeBody;
import id.go.madiunkota.ppid.calendar.api.DecreeView;
import id.go.madiunkota.ppid.calendar.entity.CalendarDecree;
import id.go.madiunkota.ppid.calendar.service.DecreeImport;
import id.go.madiunkota.ppid.calendar.service.DecreeImportService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entering a year's joint decree (SKB 3 Menteri) into the working-day calendar: JSON or CSV, by an admin. */
@Path("/calendar/decrees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
public class CalendarDecreeResource {

    static final String CSV = "text/csv";
    private static final String DESCRIPTION = "The decree's national holidays and cuti bersama replace the year's "
            + "predicted (provisional) days and an earlier decree's days; ad-hoc and local days stay unless the decree "
            + "names their date. One new calendar version, ppid.CalendarChanged for every day that changed, and every "
            + "open deadline (request, objection, dispute window) spanning a changed day is recomputed, each with "
            + "ppid.DeadlineRecomputed. The same decree entered again changes nothing and is answered 200.";

    private final DecreeImportService decrees;
    private final SecurityIdentity identity;
    private final Validator validator;

    public CalendarDecreeResource(DecreeImportService decrees, SecurityIdentity identity, Validator validator) {
        this.decrees = decrees;
        this.identity = identity;
        this.validator = validator;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enter a year's decree (JSON)", description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecreeBody.class),
            examples = @ExampleObject(name = "2027", value = """
                    {"year": 2027, "decreeNumber": "1 Tahun 2026, 2 Tahun 2026, 3 Tahun 2026",
                     "decreeDate": "2026-10-14",
                     "nationalHolidays": [{"date": "2027-01-01", "name": "Tahun Baru 2027 Masehi"},
                                          {"date": "2027-01-05", "name": "Isra Mikraj Nabi Muhammad SAW"}],
                     "cutiBersama": [{"date": "2027-02-05", "name": "Cuti bersama Tahun Baru Imlek 2578 Kongzili"}]}
                    """)))
    @APIResponse(responseCode = "201", description = "Entered: a new calendar version; Location names the decree",
            content = @Content(schema = @Schema(implementation = DecreeView.class)))
    @APIResponse(responseCode = "200", description = "The same decree again: nothing changed",
            content = @Content(schema = @Schema(implementation = DecreeView.class)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed, a day outside the decree's year, "
            + "a day twice", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The year is more than two years back",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enter(@Valid @NotNull DecreeBody body, @Context UriInfo uri) {
        return answer(decrees.enter(body, caller().subject(), caller().displayName()), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(CSV)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enter a year's decree (CSV)", description = DESCRIPTION + " CSV lines record,value,name: "
            + "`year,2027,`, `decree,<signed on>,<number>`, `holiday,<date>,<name>`, `cuti-bersama,<date>,<name>`.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class),
            examples = @ExampleObject(name = "2027", value = """
                    record,value,name
                    year,2027,
                    decree,2026-10-14,"1 Tahun 2026, 2 Tahun 2026, 3 Tahun 2026"
                    holiday,2027-01-01,Tahun Baru 2027 Masehi
                    cuti-bersama,2027-02-05,Cuti bersama Tahun Baru Imlek 2578 Kongzili
                    """)))
    @APIResponse(responseCode = "201", description = "Entered: a new calendar version; Location names the decree",
            content = @Content(schema = @Schema(implementation = DecreeView.class)))
    @APIResponse(responseCode = "200", description = "The same decree again: nothing changed",
            content = @Content(schema = @Schema(implementation = DecreeView.class)))
    @APIResponse(responseCode = "400", description = "A line that is not a record, a bad date, a field missing, a "
            + "day outside the decree's year, a day twice", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The year is more than two years back",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enterCsv(String csv, @Context UriInfo uri) {
        DecreeBody body = DecreeCsv.parse(csv == null ? "" : csv);
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return answer(decrees.enter(body, caller().subject(), caller().displayName()), uri);
    }

    private static Response answer(DecreeImport entered, UriInfo uri) {
        DecreeView view = view(entered.decree(), entered.changed(), entered.daysAdded(), entered.daysRemoved());
        if (!view.changed()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.year())).build())
                .entity(view).build();
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "The decree entered for a year")
    @APIResponse(responseCode = "200", description = "The decree",
            content = @Content(schema = @Schema(implementation = DecreeView.class)))
    @APIResponse(responseCode = "404", description = "No decree is entered for the year (it runs on the "
            + "prediction), or the year is not a whole number from 1900 to 2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecreeView get(@Parameter(description = "The year, 1900 to 2100", example = "2026",
            schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") int year) {
        return view(decrees.get(year), false, 0, 0);
    }

    private static DecreeView view(CalendarDecree decree, boolean changed, int added, int removed) {
        return new DecreeView(decree.year(), decree.decreeNumber(), decree.decreeDate(),
                String.valueOf(decree.calendarVersion()), changed, added, removed);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
