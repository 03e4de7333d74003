package id.go.madiunkota.helpdesk.rest;

import id.go.madiunkota.common.letter.PdfAnswers;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.helpdesk.service.letter.ComplaintLetters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A complaint's receipt as PDF (application/pdf): to the staff who read the complaint, and to whoever holds its
 * tracking code (header X-Tracking-Code); anyone else gets 404. A class of its own, as a sub-resource.
 */
@Path("/complaints/{id}/letters")
@PermitAll
@Produces({PdfAnswers.PDF, Problem.MEDIA_TYPE})
@Tag(name = "Letters", description = "Tanda Terima Pengaduan as PDF")
@APIResponse(responseCode = "400", description = "A malformed id or header",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such record, not the caller's (no tracking code, not the owner), "
        + "or an unknown kind (the answer names the kinds there are)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ComplaintLetterResource {

    private final ComplaintLetters letters;
    private final SecurityIdentity identity;

    public ComplaintLetterResource(ComplaintLetters letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A complaint's receipt (Tanda Terima Pengaduan) as PDF",
            description = "`receipt`: the complaint, suggestion or input as received (tracking code, service, channel, "
                    + "time, name, content) and the answer once given; the holder of the tracking code gets it "
                    + "without the complainant's phone and e-mail.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = PdfAnswers.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@Parameter(description = "The complaint's id") @PathParam("id") UUID id,
            @Parameter(description = "receipt") @PathParam("kind") String kind,
            @Parameter(description = "The complaint's tracking code, for a complainant without an account")
            @HeaderParam("X-Tracking-Code") String trackingCode) {
        return PdfAnswers.of(letters.render(kind, id, Caller.of(identity), trackingCode));
    }
}
