package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.input.DateRules;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.verification.api.ReportView;
import id.go.madiunkota.verification.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** Verification counts and timing per period and per verifier. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Laporan verifikasi")
public class ReportResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String DATE_MESSAGE = "{id.go.madiunkota.verification.rest.date}";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Verifications started in a period: outcomes, time against the ~15-minute target, per verifier")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView report(
            @Parameter(description = "First day, YYYY-MM-DD (Asia/Jakarta)", example = "2026-03-01")
            @QueryParam("from") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String from,
            @Parameter(description = "Last day, YYYY-MM-DD, included; at most 366 days after from",
                    example = "2026-03-31")
            @QueryParam("to") @NotNull @Pattern(regexp = DATE, message = DATE_MESSAGE) String to) {
        return reports.report(date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String text) {
        return DateRules.parameter(field, text);
    }
}
