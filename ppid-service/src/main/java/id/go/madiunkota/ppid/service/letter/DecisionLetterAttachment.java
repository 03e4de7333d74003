package id.go.madiunkota.ppid.service.letter;

import id.go.madiunkota.common.mail.MailAttachment;
import id.go.madiunkota.common.mail.MailAttachmentSource;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.ppid.service.PpidMails;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The decision letter (Pemberitahuan Tertulis) attached to the decision mail when it is sent: the outbox holds only
 * the reference {@code letter:ppid-decision:<request id>}, the PDF is rendered from the request as it stands then.
 */
@ApplicationScoped
public class DecisionLetterAttachment implements MailAttachmentSource {

    private final PpidLetters letters;

    public DecisionLetterAttachment(PpidLetters letters) {
        this.letters = letters;
    }

    @Override
    public boolean handles(String reference) {
        return reference != null && reference.startsWith(PpidMails.DECISION_LETTER);
    }

    @Override
    public Optional<MailAttachment> resolve(String reference) {
        try {
            UUID request = UUID.fromString(reference.substring(PpidMails.DECISION_LETTER.length()));
            return Optional.of(new MailAttachment("pemberitahuan-tertulis.pdf", "application/pdf",
                    letters.render(RequestLetter.DECISION, request)));
        } catch (IllegalArgumentException | DomainException e) {
            // a reference that names no decided request any more: the mail goes without it (its text says where the
            // letter is downloaded)
            return Optional.empty();
        }
    }
}
