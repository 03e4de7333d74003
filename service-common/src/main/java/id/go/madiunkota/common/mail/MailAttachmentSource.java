package id.go.madiunkota.common.mail;

import java.util.Optional;

/**
 * Turns an attachment reference written in the outbox (e.g. {@code letter:ppid-decision:<request id>}) into a file at
 * send time, so that the outbox holds references only and a letter is rendered as it stands when the mail goes out.
 * A service implements it as a CDI bean for the references it knows; the sender asks each bean in turn. A reference
 * that no bean {@link #handles(String) handles} is left out (the mail's text says where the document can be
 * downloaded); a bean that handles it but fails makes the attempt fail, to be retried.
 */
public interface MailAttachmentSource {

    boolean handles(String reference);

    /** The file for {@code reference}, or empty when the record no longer has one (the mail goes without it). */
    Optional<MailAttachment> resolve(String reference);
}
