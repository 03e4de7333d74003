package id.go.madiunkota.training.service.letter;

import id.go.madiunkota.common.mail.MailAttachment;
import id.go.madiunkota.common.mail.MailAttachmentSource;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.training.service.TrainingMails;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The training certificate (Sertifikat Pelatihan) attached to the certificate mail when it is sent: the outbox holds
 * only the reference {@code letter:training-certificate:<registration id>}.
 */
@ApplicationScoped
public class CertificateAttachment implements MailAttachmentSource {

    private final TrainingLetters letters;

    public CertificateAttachment(TrainingLetters letters) {
        this.letters = letters;
    }

    @Override
    public boolean handles(String reference) {
        return reference != null && reference.startsWith(TrainingMails.CERTIFICATE_LETTER);
    }

    @Override
    public Optional<MailAttachment> resolve(String reference) {
        try {
            UUID registration = UUID.fromString(reference.substring(TrainingMails.CERTIFICATE_LETTER.length()));
            return Optional.of(new MailAttachment("sertifikat-pelatihan.pdf", "application/pdf",
                    letters.certificate(registration)));
        } catch (IllegalArgumentException | DomainException e) {
            // no certificate for it (any more): the mail goes without it
            return Optional.empty();
        }
    }
}
