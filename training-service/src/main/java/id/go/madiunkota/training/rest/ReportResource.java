package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PeriodParams;
import id.go.madiunkota.training.api.TrainingReport;
import id.go.madiunkota.training.service.Schedule;
import id.go.madiunkota.training.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.AUDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Training figures of a period", description = "Sessions dated from `from` to `to` "
            + "(at most 366 days), in total and per audience.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = TrainingReport.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or malformed, to before from, or more than "
            + "366 days", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public TrainingReport report(@BeanParam PeriodParams period) {
        return reports.report(period.period(Schedule.ZONE));
    }
}
