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

/** A registration's letters as PDF (application/pdf) for the trainer and the auditor: the certificate. */
@Path("/registrations/{id}/letters")
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
@APIResponse(responseCode = "409", description = "No certificate: the participant has not completed and understood",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegistrationLetterResource {

    private final TrainingLetters letters;

    public RegistrationLetterResource(TrainingLetters letters) {
        this.letters = letters;
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "A participant's certificate (Sertifikat Pelatihan) as PDF",
            description = "`certificate`: once the participant completed and understood the training; it carries "
                    + "the code anyone checks it by (GET /certificates/{code}).")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = PdfAnswers.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response registrationLetter(@Parameter(description = "The registration's id") @PathParam("id") UUID id,
            @Parameter(description = "certificate") @PathParam("kind") String kind) {
        return PdfAnswers.of(letters.forRegistration(kind, id));
    }
}
