package id.go.madiunkota.training.rest;

import id.go.madiunkota.training.api.TrainingReport;
import id.go.madiunkota.training.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
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

/** The training report for the office's performance evaluation. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Sessions, participants, attendance rate and repeats of a period")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({"trainer", "admin", "auditor"})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Training figures of a period", description = "Sessions dated from `from` to `to` "
            + "(at most about ten years), in total and per audience.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = TrainingReport.class)))
    public TrainingReport report(
            @Parameter(description = "First day, YYYY-MM-DD", required = true, example = "2026-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD", required = true, example = "2026-12-31")
            @QueryParam("to") String to) {
        LocalDate first = QueryParams.date("from", from, null);
        LocalDate last = QueryParams.date("to", to, null);
        QueryParams.period(first, last, 3660);
        return reports.report(first, last);
    }
}
