package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.api.HelpdeskReport;
import id.go.madiunkota.common.web.PeriodParams;
import id.go.madiunkota.helpdesk.service.ReportService;
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
    @RolesAllowed({Roles.HELPDESK_AGENT, Roles.AUDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Consultations and complaints of a period: counts, share within target, LKPP escalation",
            description = "Consultations opened and complaints received from `from` to `to`, both included "
                    + "(Asia/Jakarta days, at most 366 days).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = HelpdeskReport.class)))
    public HelpdeskReport report(@BeanParam PeriodParams period) {
        return reports.report(period);
    }
}
