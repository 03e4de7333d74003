package id.go.madiunkota.common.mail;

/** A file attached to a mail at send time: its name as the recipient sees it, media type and bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
