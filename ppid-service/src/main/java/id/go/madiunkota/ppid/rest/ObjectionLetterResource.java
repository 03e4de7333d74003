package id.go.madiunkota.ppid.rest;

import id.go.madiunkota.common.letter.PdfAnswers;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.ppid.service.letter.PpidLetters;
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
 * An objection's letters as PDF (application/pdf), on the same terms as its request's letters ({@link
 * RequestLetterResource}); the tracking code is the request's.
 */
@Path("/objections/{id}/letters")
@PermitAll
@Produces({PdfAnswers.PDF, Problem.MEDIA_TYPE})
@Tag(name = "Letters", description = "The letters the law requires, as PDF: receipt, extension notice, written notice "
        + "of the decision (Pemberitahuan Tertulis), objection receipt, the superior's answer")
@APIResponse(responseCode = "400", description = "A malformed id or header",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such record, not the caller's (no tracking code, not the owner), "
        + "or an unknown kind (the answer names the kinds there are)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The fact the letter records has not happened yet (no extension, no "
        + "decision, no answer from the superior)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ObjectionLetterResource {

    private final PpidLetters letters;
    private final SecurityIdentity identity;

    public ObjectionLetterResource(PpidLetters letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "An objection's letter as PDF: receipt or the superior's response",
            description = "`receipt`: Tanda Bukti Penerimaan Keberatan with the grounds as Pasal 35 words them and the "
                    + "superior's due date; `response`: Tanggapan Atasan PPID with the outcome, the reasons and the "
                    + "last day to take the dispute to the Komisi Informasi (once decided). The same readers as the "
                    + "request's letters; the tracking code is the request's.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = PdfAnswers.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response objectionLetter(@Parameter(description = "The objection's id") @PathParam("id") UUID id,
            @Parameter(description = "receipt or response") @PathParam("kind") String kind,
            @Parameter(description = "The tracking code of the request the objection is about")
            @HeaderParam("X-Tracking-Code") String trackingCode) {
        return PdfAnswers.of(letters.forObjection(kind, id, Caller.of(identity), trackingCode));
    }
}
