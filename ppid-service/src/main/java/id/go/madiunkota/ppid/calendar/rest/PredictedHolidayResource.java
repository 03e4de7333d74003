package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.ppid.calendar.api.PredictedHolidays;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national holidays of a year as the rules predict them, whatever decrees are entered. */
@Path("/calendar/predicted-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
public class PredictedHolidayResource {

    @GET
    @PermitAll
    @Operation(summary = "Predicted national holidays of a year", description = "The holidays the law fixes, the "
            + "Christian feasts (Gregorian computus), the Islamic holidays (MABIMS criterion), Imlek, Nyepi and "
            + "Waisak, each with the rule that produced it; cuti bersama cannot be predicted. Independent of the "
            + "decrees entered: a year without a decree runs on these days, provisionally.")
    @APIResponse(responseCode = "200", description = "The year's predicted holidays",
            content = @Content(schema = @Schema(implementation = PredictedHolidays.class)))
    @APIResponse(responseCode = "400", description = "Year missing, not a whole number, or outside 1900-2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PredictedHolidays predicted(
            @Parameter(description = "The year, 1900 to 2100", required = true, example = "2027")
            @QueryParam("year") @NotNull @Min(HolidayPredictor.MIN_YEAR) @Max(HolidayPredictor.MAX_YEAR) Integer year) {
        return new PredictedHolidays(HolidayPredictor.instance().predict(year).stream()
                .map(day -> new PredictedHolidays.Item(day.date(), day.name(), day.rule())).toList());
    }
}
