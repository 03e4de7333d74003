package id.go.madiunkota.training.rest;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.training.api.CertificateCheck;
import id.go.madiunkota.training.service.letter.TrainingLetters;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone checks whether a training certificate is authentic, by the code printed on it. */
@Path("/certificates")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Checking a Sertifikat Pelatihan by its code")
public class CertificateResource {

    private final TrainingLetters letters;

    public CertificateResource(TrainingLetters letters) {
        this.letters = letters;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Whether a certificate is authentic: whose, which training, when",
            description = "No token needed. The holder's name and organisation, the training's title and day, the "
                    + "completion day; never an NIK, NIP, phone or e-mail.")
    @APIResponse(responseCode = "200", description = "The certificate is authentic",
            content = @Content(schema = @Schema(implementation = CertificateCheck.class)))
    @APIResponse(responseCode = "400", description = "A malformed code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CertificateCheck check(@Parameter(description = "The code printed on the certificate, such as K7QX2-MB9TD")
            @PathParam("code") String code) {
        return letters.check(code);
    }
}
