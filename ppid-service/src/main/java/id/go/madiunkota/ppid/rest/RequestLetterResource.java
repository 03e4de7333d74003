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
 * A request's letters as PDF (application/pdf): to staff, to the owning citizen, and to whoever holds the request's
 * tracking code (header X-Tracking-Code); anyone else gets 404. A class of its own, as a sub-resource of the request.
 */
@Path("/requests/{id}/letters")
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
public class RequestLetterResource {

    private final PpidLetters letters;
    private final SecurityIdentity identity;

    public RequestLetterResource(PpidLetters letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A request's letter as PDF: receipt, extension or decision",
            description = "`receipt`: Tanda Bukti Penerimaan Permohonan; `extension`: Pemberitahuan Perpanjangan "
                    + "(once extended); `decision`: Pemberitahuan Tertulis with the outcome, the legal grounds and "
                    + "their text, the consequence test, the withheld parts, and the right to object with its last "
                    + "day (once decided). The holder of the tracking code gets the letter without the applicant's "
                    + "contact details.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = PdfAnswers.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response requestLetter(@Parameter(description = "The request's id") @PathParam("id") UUID id,
            @Parameter(description = "receipt, extension or decision") @PathParam("kind") String kind,
            @Parameter(description = "The request's tracking code, for an applicant without an account")
            @HeaderParam("X-Tracking-Code") String trackingCode) {
        return PdfAnswers.of(letters.forRequest(kind, id, Caller.of(identity), trackingCode));
    }
}
