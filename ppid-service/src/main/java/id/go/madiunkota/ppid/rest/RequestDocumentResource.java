package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.UploadForm;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.RequestDocumentView;
import id.go.madiunkota.ppid.service.RequestDocumentService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
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
 * The documents of an information request: the representative's power of attorney, and the information the PPID
 * released. Read by staff, the owning citizen, and whoever holds the tracking code (header X-Tracking-Code); anyone
 * else gets 404.
 */
@Path("/requests/{id}")
@Tag(name = "Requests")
@SecurityRequirement(name = "bearer")
public class RequestDocumentResource {

    private static final String TRACKING_CODE = "X-Tracking-Code";
    private static final String TRACKING_CODE_DESCRIPTION =
            "The request's tracking code, for an applicant without an account";

    private final RequestDocumentService documents;
    private final SecurityIdentity identity;

    public RequestDocumentResource(RequestDocumentService documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @PUT
    @Path("/power-of-attorney")
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach the representative's power of attorney (surat kuasa); again replaces it",
            description = "By the owning citizen, the holder of the tracking code, or a ppid-officer; only for a "
                    + "request made through a representative (422 otherwise), before the decision (409 after).")
    @RequestBody(description = DocumentUploads.BODY_DESCRIPTION, required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "200", description = "The power of attorney as stored",
            content = @Content(schema = @Schema(implementation = RequestDocumentView.class)))
    @APIResponse(responseCode = "422", description = "The request has no representative")
    public RequestDocumentView attachPowerOfAttorney(
            @Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Parameter(description = TRACKING_CODE_DESCRIPTION) @HeaderParam(TRACKING_CODE) String trackingCode,
            @RestForm(DocumentUploads.PART) FileUpload file) {
        try (DocumentUploads.Upload upload = DocumentUploads.open(file)) {
            return documents.attachPowerOfAttorney(id, upload, Caller.of(identity), trackingCode);
        }
    }

    @POST
    @Path("/released-information")
    @RolesAllowed(Roles.PPID_OFFICER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach information released to the requester (one file; again adds another)",
            description = "After a decision that GRANTED or PARTIALLY_GRANTED the request, until its delivery "
                    + "(409 otherwise). The requester downloads it at GET /requests/{id}/documents/{documentId}.")
    @RequestBody(description = DocumentUploads.BODY_DESCRIPTION, required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location is its download",
            content = @Content(schema = @Schema(implementation = RequestDocumentView.class)))
    public Response attachReleased(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @RestForm(DocumentUploads.PART) FileUpload file) {
        try (DocumentUploads.Upload upload = DocumentUploads.open(file)) {
            RequestDocumentView view = documents.attachReleased(id, upload, Caller.of(identity));
            return Response.created(UriBuilder.fromPath("/api/ppid/requests/{id}/documents/{documentId}")
                    .build(id, view.document().id())).entity(view).build();
        }
    }

    @GET
    @Path("/documents")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The request's documents (metadata): power of attorney and released information")
    @APIResponse(responseCode = "200", description = "The documents, in the order attached",
            content = @Content(schema = @Schema(implementation = RequestDocumentView.class, type = SchemaType.ARRAY)))
    public List<RequestDocumentView> list(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Parameter(description = TRACKING_CODE_DESCRIPTION) @HeaderParam(TRACKING_CODE) String trackingCode) {
        return documents.list(id, Caller.of(identity), trackingCode);
    }

    @GET
    @Path("/documents/{documentId}")
    @PermitAll
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download one of the request's documents")
    @APIResponse(responseCode = "200", description = "The file, as its detected type, as an attachment",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    public Response download(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Parameter(description = "The document's id") @PathParam("documentId") UUID documentId,
            @Parameter(description = TRACKING_CODE_DESCRIPTION) @HeaderParam(TRACKING_CODE) String trackingCode) {
        return DocumentUploads.download(documents.download(id, documentId, Caller.of(identity), trackingCode));
    }
}
