package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.AnnualReport;
import id.go.madiunkota.ppid.service.AnnualReportService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The annual report on public information services (Laporan Layanan Informasi Publik), as JSON or CSV. */
@Path("/reports")
@Tag(name = "Reports", description = "The PPID's annual report")
public class ReportResource {

    static final String CSV = "text/csv";
    static final String CSV_UTF8 = "text/csv;charset=UTF-8";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private final AnnualReportService reports;

    public ReportResource(AnnualReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("annual")
    @Produces({MediaType.APPLICATION_JSON, CSV_UTF8})
    @RolesAllowed({Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The annual report for the requests received and objections filed in a year",
            description = "JSON by default; with `Accept: text/csv` a CSV file with the lines `section,key,value`.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = "section,key,value\nrequests,total,12\n"
                                + "channel,ONLINE,7\noutcome,REJECTED,2\nground,PASAL_17_H,1\n"
                                + "timing,averageWorkingDaysToDecision,4.5\n"))
            })
    @APIResponse(responseCode = "400", description = "The year is missing or outside 2000–2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not PPID staff or auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response annual(@Parameter(description = "The year, 2000–2100", example = "2026", required = true)
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year, @Context HttpHeaders headers) {
        AnnualReport report = reports.report(year);
        if (wantsCsv(headers)) {
            return Response.ok(report.toCsv(), CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"laporan-ppid-" + year + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("annual/public")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The annual report as the public reads it",
            description = "Anonymous: the same figures as `GET /reports/annual` (counts only, nothing about a person), "
                    + "which a public body publishes on its information services every year (UU 14/2008 Pasal 7 and "
                    + "Perki 1/2021). The portal shows it; JSON only, kept by caches for 5 minutes.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReport.class)))
    @APIResponse(responseCode = "400", description = "The year is missing or outside 2000–2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publicAnnual(@Parameter(description = "The year, 2000–2100", example = "2026", required = true)
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return Response.ok(reports.report(year), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "public, max-age=300").build();
    }

    /**
     * CSV only when asked for by name, and preferred to JSON; JSON otherwise (also for a missing or wildcard Accept).
     */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) { // sorted by preference
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
