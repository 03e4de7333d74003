package id.go.madiunkota.ppid.calendar.rest;

import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.ppid.calendar.api.PredictedHoliday;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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

    /** Holidays per page when the caller does not say: more than any year has (about 20), so one page is a year. */
    static final int DEFAULT_HOLIDAYS_PER_PAGE = 50;
    /** The most holidays a page holds. */
    static final int MAX_HOLIDAYS_PER_PAGE = 100;

    @GET
    @PermitAll
    @Operation(summary = "Predicted national holidays of a year", description = "The holidays the law fixes, the "
            + "Christian feasts (Gregorian computus), the Islamic holidays (MABIMS criterion), Imlek, Nyepi and "
            + "Waisak, each with the rule that produced it; cuti bersama cannot be predicted. Independent of the "
            + "decrees entered: a year without a decree runs on these days, provisionally. `{items, page, size, "
            + "total}` in date order, `total` the year's predicted holidays; the default page holds a whole year.")
    @APIResponse(responseCode = "200", description = "One page of the year's predicted holidays (PredictedHoliday "
            + "items)", content = @Content(schema = @Schema(implementation = PageView.class)))
    @APIResponse(responseCode = "400",
            description = "Year missing, not a whole number, or outside 1900-2100, or a bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<PredictedHoliday> predicted(
            @Parameter(description = "The year, 1900 to 2100", required = true, example = "2027")
            @QueryParam("year") @NotNull @Min(HolidayPredictor.MIN_YEAR) @Max(HolidayPredictor.MAX_YEAR) Integer year,
            @Parameter(description = "Page number, from 0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @Parameter(description = "Holidays per page, 1 to 100 (default 50: a whole year fits on one page)")
            @QueryParam("size") @DefaultValue("" + DEFAULT_HOLIDAYS_PER_PAGE) @Min(1) @Max(MAX_HOLIDAYS_PER_PAGE)
            int size) {
        return PageView.slice(HolidayPredictor.instance().predict(year).stream()
                .map(day -> new PredictedHoliday(day.date(), day.name(), day.rule())).toList(), page, size);
    }
}
