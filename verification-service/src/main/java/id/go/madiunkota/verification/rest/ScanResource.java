package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.UploadForm;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.verification.api.ScanView;
import id.go.madiunkota.verification.service.ScanService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The scans of a verification's documents: the verifier attaches the scan of each paper the provider brought to its
 * document check; verifier and auditor read them back.
 */
@Path("/verifications/{id}")
@SecurityRequirement(name = "bearer")
@Tag(name = "Verifications")
public class ScanResource {

    private final ScanService scans;
    private final SecurityIdentity identity;

    public ScanResource(ScanService scans, SecurityIdentity identity) {
        this.scans = scans;
        this.identity = identity;
    }

    @PUT
    @Path("/documents/{code}/scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Attach the scan of one checklist document (PDF, JPEG or PNG); again replaces it",
            description = "Until the verification is ARCHIVED (409 after). The type is read from the content.")
    @RequestBody(description = DocumentUploads.BODY_DESCRIPTION, required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "200", description = "The scan as stored",
            content = @Content(schema = @Schema(implementation = ScanView.class)))
    public ScanView attach(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Parameter(description = "The checklist item's code, such as NIB") @PathParam("code") String code,
            @RestForm(DocumentUploads.PART) FileUpload file) {
        try (DocumentUploads.Upload upload = DocumentUploads.open(file)) {
            return new ScanView(code, scans.attach(id, code, upload, Caller.of(identity)));
        }
    }

    @GET
    @Path("/documents/{code}/scan")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Operation(summary = "Download the scan of one checklist document")
    @APIResponse(responseCode = "200", description = "The scan, as its detected type, as an attachment",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    public Response download(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Parameter(description = "The checklist item's code, such as NIB") @PathParam("code") String code) {
        return DocumentUploads.download(scans.scan(id, code));
    }

    @GET
    @Path("/scans")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Operation(summary = "The scans attached to a verification's documents (metadata)")
    @APIResponse(responseCode = "200", description = "The scans, in the order attached",
            content = @Content(schema = @Schema(implementation = ScanView.class, type = SchemaType.ARRAY)))
    public List<ScanView> list(@Parameter(description = "The verification's id") @PathParam("id") UUID id) {
        return scans.scans(id);
    }
}
