package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.letter.PdfAnswers;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.training.service.letter.TrainingLetters;
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

/** A session's letters as PDF (application/pdf) for the trainer and the auditor: the attendance list. */
@Path("/sessions/{id}/letters")
@RolesAllowed({Roles.TRAINER, Roles.AUDITOR})
@SecurityRequirement(name = "bearer")
@Produces({PdfAnswers.PDF, Problem.MEDIA_TYPE})
@Tag(name = "Letters", description = "Daftar Hadir and Sertifikat Pelatihan as PDF")
@APIResponse(responseCode = "400", description = "A malformed id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Neither trainer nor auditor",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such record, or an unknown kind (the answer names the kinds)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SessionLetterResource {

    private final TrainingLetters letters;

    public SessionLetterResource(TrainingLetters letters) {
        this.letters = letters;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A session's attendance list (Daftar Hadir) as PDF",
            description = "`attendance-list`: every confirmed, attending or completed participant in registration "
                    + "order, the time each signed, and a column to sign.")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = PdfAnswers.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response sessionLetter(@Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = "attendance-list") @PathParam("kind") String kind) {
        return PdfAnswers.of(letters.forSession(kind, id));
    }
}
