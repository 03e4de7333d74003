package id.go.madiunkota.verification.rest;

import id.go.madiunkota.common.letter.PdfAnswers;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.verification.service.letter.VerificationLetters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A verification's letters as PDF (application/pdf) for the verifier and the auditor: the Berita Acara. */
@Path("/verifications/{id}/letters")
@RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
@SecurityRequirement(name = "bearer")
@Produces({PdfAnswers.PDF, Problem.MEDIA_TYPE})
@Tag(name = "Letters", description = "Berita Acara Verifikasi as PDF")
@APIResponse(responseCode = "400", description = "A malformed id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Neither verifier nor auditor",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such record, or an unknown kind (the answer names the kinds)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not decided yet: the Berita Acara records the result",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VerificationLetterResource {

    private final VerificationLetters letters;

    public VerificationLetterResource(VerificationLetters letters) {
        this.letters = letters;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A verification's Berita Acara Verifikasi as PDF",
            description = "`berita-acara`: the provider, each document of the checklist as checked (original seen, "
                    + "copy received, note), the blacklist check, the result with what is missing, the verifier and "
                    + "the time, and places to sign; once the verification is decided.")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = PdfAnswers.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@Parameter(description = "The verification's id") @PathParam("id") UUID id,
            @Parameter(description = "berita-acara") @PathParam("kind") String kind) {
        return PdfAnswers.of(letters.render(kind, id));
    }
}
