package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.common.web.PeriodParams;
import id.go.madiunkota.verification.api.ReportView;
import id.go.madiunkota.verification.service.ReportService;
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

/** Verification counts and timing per period and per verifier. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Laporan verifikasi")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Verifications started in a period: outcomes, time against the ~15-minute target, "
            + "per verifier")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView report(@BeanParam PeriodParams period) {
        return reports.report(period);
    }
}
