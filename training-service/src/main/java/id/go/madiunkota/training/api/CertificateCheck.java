package id.go.madiunkota.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * What anyone learns from a certificate's code: that it is authentic, whose it is and for which training; never the
 * holder's NIK, NIP, phone or e-mail.
 *
 * @param code the certificate's code
 * @param holderName the participant's name
 * @param organization the participant's company or office
 * @param trainingTitle the session's title
 * @param trainingDate the session's day
 * @param completedOn the day the completion was recorded
 */
@Schema(name = "CertificateCheck")
public record CertificateCheck(@Schema(example = "K7QX2-MB9TD") String code,
        @Schema(example = "Siti Rahmawati") String holderName,
        @Schema(example = "CV Maju Jaya") String organization,
        @Schema(example = "Pelatihan SPSE untuk Penyedia") String trainingTitle,
        LocalDate trainingDate, LocalDate completedOn) {
}
