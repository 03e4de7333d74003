package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.StoredDocument;
import id.go.madiunkota.common.document.UploadForm;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.training.service.DecreeScanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The scan of a procurement official's decree (surat keputusan), attached and read by the trainer. */
@Path("/registrations/{id}/decree/scan")
@RequestScoped // it holds the request's Caller
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.TRAINER)
@Tag(name = "Registrations")
public class DecreeScanResource {

    private final DecreeScanService scans;
    private final Caller caller;

    public DecreeScanResource(DecreeScanService scans, Caller caller) {
        this.scans = scans;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach the scan of an official's decree (PDF, JPEG or PNG); again replaces it",
            description = "For a procurement official's registration (422 for a provider's) that is PENDING_DECREE, "
                    + "WAITLISTED or CONFIRMED (409 otherwise). The type is read from the content.")
    @RequestBody(description = DocumentUploads.BODY_DESCRIPTION, required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "200", description = "The scan as stored",
            content = @Content(schema = @Schema(implementation = StoredDocument.class)))
    @APIResponse(responseCode = "422", description = "A provider's registration, which needs no decree")
    public StoredDocument attach(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @RestForm(DocumentUploads.PART) FileUpload file) {
        try (DocumentUploads.Upload upload = DocumentUploads.open(file)) {
            return scans.attach(id, upload, Acting.of(caller));
        }
    }

    @GET
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the scan of an official's decree")
    @APIResponse(responseCode = "200", description = "The scan, as its detected type, as an attachment",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    public Response download(@Parameter(description = "The registration's id") @PathParam("id") UUID id) {
        return DocumentUploads.download(scans.scan(id));
    }
}
