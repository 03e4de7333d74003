package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.helpdesk.api.HelpdeskReport;
import id.go.madiunkota.common.input.DateRules;
import id.go.madiunkota.helpdesk.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The helpdesk report over a period. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Laporan helpdesk LPSE")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({"helpdesk-agent", "auditor", "admin"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Consultations and complaints of a period: counts, share within target, LKPP escalation",
            description = "Consultations opened and complaints received from `from` to `to`, both included "
                    + "(Asia/Jakarta days, at most 366 days).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = HelpdeskReport.class)))
    public HelpdeskReport report(
            @Parameter(description = "First day, YYYY-MM-DD", example = "2026-11-01", required = true)
            @QueryParam("from") @NotNull String from,
            @Parameter(description = "Last day, YYYY-MM-DD", example = "2026-11-30", required = true)
            @QueryParam("to") @NotNull String to) {
        return reports.report(day("from", from), day("to", to));
    }

    /** A day of the form YYYY-MM-DD that also exists in the calendar (not 2027-02-30), from 1900 to 2200. */
    private static LocalDate day(String field, String value) {
        return DateRules.parameter(field, value);
    }
}
